# Pressdesk — интерфейс жолдары (қазақша).

## Жалпы әрекеттер
action-home = Басты бетке
action-new = Жаңа релиз
action-open = Ашу…
action-save = Сақтау
action-save-as = Басқаша сақтау…
action-undo = Болдырмау
action-redo = Қайталау
action-export = Экспорт:
action-export-docx = DOCX-ке экспорттау (терезеде HTML не TXT таңдауға болады)
action-export-as = { $format } форматына экспорттау
action-settings = Баптаулар
action-back = Артқа
action-save-settings = Баптауларды сақтау
action-open-folder = Қалтаны ашу
action-dismiss = Жабу
action-cancel = Бас тарту
action-discard = Сақтамау

untitled = Тақырыпсыз
release-count = { $count ->
    [one] { $count } релиз
   *[other] { $count } релиз
}
word-count = { $count ->
    [one] { $count } сөз
   *[other] { $count } сөз
}
char-count = { $count ->
    [one] { $count } таңба
   *[other] { $count } таңба
}

## Басты бет
home-tagline = Үлгі бойынша пресс-релиздер: деректер, дәйексөздер, сандар — және дайын DOCX
home-new-release = Жаңа релиз
home-language = Релиз тілі:

## Редактор
status-saved = Сақталды
status-new = Әлі сақталмаған
status-unsaved = Сақталмаған
editor-versions = Нұсқалар:
editor-add-version-ru = Орысша нұсқа қосу
editor-add-version-kk = Қазақша нұсқа қосу
editor-add-version-en = Ағылшынша нұсқа қосу
editor-no-facts = Бұл үлгіде дерек өрістері жоқ: мәтінді төменде жазыңыз.

section-facts = Деректер
section-people = Адамдар
section-text = Мәтін
section-quotes = Дәйексөздер
section-statistics = Сандар
section-closing = Анықтама, қолтаңба және байланыс
section-release = Релиз

hint-shared = барлық тілге бір мән
hint-drafted = Деректерден құрастырылды; қолмен түзетсеңіз, мәтініңіз сақталады.
hint-date = КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК
hint-lead = Бір сөйлем: кім, не, қайда, қашан.
hint-background = Мысалы, қонақтардың қаласы не елі туралы анықтама.
hint-from-profile = Бос болса — ұйым баптауларынан алынады.
hint-embargo = Бос болса — эмбаргосыз. Пішімі: 28.11.2026 10:00
hint-speaker-as = Толық атымен болмаса: «облыс басшысы»
hint-quote = Тырнақшасыз: оларды типограф қояды.
hint-stat-label = Сан нені өлшейді: «облыстың Қытаймен тауар айналымы»
hint-parts = Қосындысы мәнге тең бөліктер (экспорт + импорт).

person-n = { $n }-адам
person-name = Аты-жөні
person-position = Лауазымы
gender-label = Орыс тіліндегі етістік
gender-masculine = ер адам (отметил)
gender-feminine = әйел адам (отметила)
gender-set = өзіңіз таңдадыңыз
gender-suggested = есімі бойынша ұсынылды
gender-unknown = есімінен анық емес — таңдаңыз
person-add-to-role = Тағы қосу: { $role }
person-add = Адам қосу
person-remove = Адамды алып тастау

field-headline = Тақырып
field-subheadline = Тақырыпша
field-dateline-place = Орны
field-dateline-date = Күні
field-lead = Лид
field-paragraph = { $n }-азатжол
field-background = Анықтама
field-signature = Қолтаңба
field-contacts = Байланыс
field-status = Күйі
field-embargo = Эмбарго мерзімі

placeholder-lead = Облыс әкімі делегацияны қабылдады…
placeholder-paragraph = Азатжол мәтіні
placeholder-quote = Сөйлеушінің сөзі
placeholder-background = Анықтамалық ақпарат

paragraph-add = Азатжол қосу
paragraph-remove = Азатжолды жою
move-up = Жоғары
move-down = Төмен

quote-n = { $n }-дәйексөз
quote-add = Дәйексөз қосу
quote-remove = Дәйексөзді жою
quote-speaker = Кім айтты
quote-choose-speaker = Адамды таңдаңыз
quote-speaker-as = Қалай аталады
quote-speaker-as-placeholder = атымен
quote-text = Сөзі
quote-verb = Етістік
quote-pick-verb = тізімнен
quote-placement = Орны
quote-after-lead = лидтен кейін бірден
quote-after-paragraph = { $n }-азатжолдан кейін
quote-attribution = Авторды көрсету
attribution-after = дәйексөзден кейін: «…», — деді
attribution-before = дәйексөз алдында: атап өтті: «…»
attribution-reported = төлеу сөз: … айтуынша, …
quotes-empty = Әзірге дәйексөз жоқ.

stat-n = { $n }-сан
stat-add = Сан қосу
stat-remove = Санды жою
stat-label = Нені өлшейді
stat-label-placeholder = облыстың Қытаймен тауар айналымы
stat-value = Мәні
stat-scale = Разряд
stat-unit = Өлшем бірлігі
stat-placement = Мәтіннің қай жерінде
stat-placement-closing = соңында, басқа сандармен бірге
stat-placement-after = мына абзацтан кейін: «{ $words }»
stat-placement-table = тек кестеде
hint-stat-placement = Мәтінде не дәйексөзде бар сан қайталанбайды
stat-qualifier = Дәлдігі
stat-qualifier-exact = дәл
stat-period = Кезең
stat-period-placeholder = 2024 жылы
stat-parts = Құрамдас бөліктер
part-label = экспорт
part-add = Бөлік қосу
part-remove = Бөлікті жою
stat-change = Өткен кезеңмен салыстырғандағы өзгеріс
stat-change-percent = Қаншаға, %
stat-compared = Немен салыстырғанда
stat-compared-placeholder = 2023 жылмен салыстырғанда
stat-in-table = Сандар кестесінде де көрсету
stats-empty = Әзірге сан жоқ.
scale-one = бірлік

status-draft = Жоба
status-ready = Дайын
status-approved = Келісілді
status-sent = Жіберілді

error-date = Күн танылмады: КК.АА.ЖЖЖЖ түрінде енгізіңіз, мысалы 28.11.2026.
error-embargo = Танылмады: күн мен уақытты енгізіңіз, мысалы 28.11.2026 10:00.
placeholder-date = КК.АА.ЖЖЖЖ
placeholder-embargo = КК.АА.ЖЖЖЖ СС:ММ
error-number = Бұл сан емес: цифрмен жазыңыз, бөлшегін үтірмен: 148,9.
error-number-empty = Сан енгізіңіз.
error-number-separators = Бөлшек бөлігі түсініксіз: бір ғана белгі қалдырыңыз — үтір (148,9).
error-font-size = Өлшемі 6-дан 72 пунктке дейін.
error-save = Сақтау мүмкін болмады: { $error }
error-export = Экспорттау мүмкін болмады: { $error }
error-open = Ашу мүмкін болмады: { $error }
error-settings-save = Баптауларды сақтау мүмкін болмады: { $error }

preview-title = Көрінісі
preview-empty = Сол жақтағы өрістерді толтырыңыз — релиз осында шығады.

## Хабарламалар мен сұрақтар
notice-saved = Сақталды: { $path }
notice-saved-default = Файл таңдау терезесі жоқ, релиз әдепкі қалтаға сақталды: { $path }
notice-exported = Экспортталды: { $path }
notice-no-dialog-open = Файл таңдау терезесі жоқ. Релизді соңғылар тізімінен немесе { $path } қалтасынан ашыңыз
notice-settings-saved = Баптаулар сақталды.
notice-startup-problems = Іске қосқанда ақаулар табылды (әдепкі мәндер қолданылды):
prompt-title = Өзгерістерді сақтау керек пе?
prompt-unsaved = Релизде сақталмаған өзгерістер бар. Жалғастырмас бұрын сақтайсыз ба?
prompt-unsaved-quit = Релизде сақталмаған өзгерістер бар. Шықпас бұрын сақтайсыз ба?

## Баптаулар
settings-title = Баптаулар
settings-window = Терезе
settings-ui-language = Интерфейс тілі
settings-theme = Тақырып
theme-light = Ашық
theme-dark = Қараңғы
settings-folder = Терезесіз сақталатын қалта
hint-folder = Жүйе файл таңдау терезесін көрсетпесе, релиздер мен экспорт осында сақталады. Бос болса — әдепкі қалта.
settings-kazakh-date = Қазақша мәтіндегі күн
hint-kazakh-date = Релиздің қазақша нұсқасында күн қалай жазылады.
settings-archive = Мұрағат қалтасы
hint-archive = Барлық релиз осында сақталады: баспасөз қызметінің ортақ қалтасын (Nextcloud, Syncthing, OneDrive, желілік диск) көрсетуге болады. Бос болса — әдепкі қалта. Баптаулардан шыққанда қолданылады.
hint-archive-env = PRESSDESK_ARCHIVE айнымалысымен берілген: { $path }
error-archive-relative = Толық жолды көрсетіңіз (мысалы, /home/press/Nextcloud/Мұрағат немесе D:\Мұрағат); әзірге бұрынғы қалта қолданылады.
settings-organisation-section = Ұйым
settings-organisation = Ұйымның атауы
settings-signature = Қолтаңба
settings-city = Қала (күн жолы үшін)
settings-contacts = Байланыс
hint-contacts = Әр жолға телефон, пошта, сайт.
settings-documents = Құжаттар
settings-default-language = Жаңа релиздердің тілі
settings-docx-font = DOCX қарпі
settings-docx-size = Өлшемі, пт
settings-docx-justified = DOCX абзацтарын ені бойынша туралау
hint-docx-justified = Word туралаған жолдардағы сөздерді релиз тілінің ережесімен тасымалдайды. LibreOffice, сондай-ақ сол тілдің тексеру құралдары жоқ Word кең бос орын қалдырады: абзацтарды сол жақ шетке туралау үшін белгіні алыңыз.
settings-end-mark = Релиз соңына «###» қою
settings-statistics-table = Мәтіннен кейін сандар кестесі
settings-typography = Типографика

## Archive
home-recent-outside = Мұрағаттан тыс ашылғандар
archive-title = Мұрағат
archive-loading = Мұрағат оқылуда…
archive-indexing = Әзірге тақырыптар мен тегтер бойынша ізделеді: мұрағаттың толық мәтіні әлі оқылуда…
archive-trash = Себет
archive-damaged-count = { $count ->
   *[other] { $count } зақымдалған файл
}
archive-updated = { $count ->
   *[other] { $count } файл жаңартылды
}
archive-folder-hint = Мұрағат қалтасы; оны баптауларда өзгертуге болады
archive-recover-title = Іркілістен кейін сақталмаған өзгерістер
archive-recover-when = Автосақталды: { $time }
archive-empty = Мұрағатта әзірге релиз жоқ. Жоғарыда жаңа релиз бастаңыз — ол осында сақталады — не бұрынғыларын «Импорт…» арқылы көшіріңіз.
archive-nothing-found = Ештеңе табылмады. Сұрауды өзгертіңіз немесе сүзгілерді тастаңыз.
archive-show-more = { $count ->
   *[other] Тағы { $count } көрсету
}
archive-search-placeholder = Барлық тілдер бойынша іздеу: тақырыптан, мәтіннен, дәйексөзден, есімнен сөз
archive-all-statuses = Барлық мәртебе
archive-all-templates = Барлық жанр
archive-all-languages = Барлық тіл
archive-all-years = Барлық жыл
archive-all-tags = Барлық белгі
archive-newest-first = Алдымен жаңалары
archive-oldest-first = Алдымен ескілері
archive-clear-filters = Тастау
archive-trash-empty = Себет бос.
archive-conflict-copy = синхрондау қақтығысының көшірмесі
archive-newer-file = Pressdesk-тің жаңа нұсқасынан
archive-damaged-explained = Бұл файлдар оқылмайды. Олар жойылмайды: қалтада ашуға немесе карантинге (мұрағаттағы .quarantine қалтасы) жіберуге болады.
archive-moved-trash = Себетке жіберілді: { $path }
archive-restored = Қалпына келтірілді: { $path }
archive-quarantined = Карантинге жіберілді: { $path }
action-recover = Қалпына келтіру
action-restore = Қалпына келтіру
action-use-as-basis = Жаңа релизге негіз ету
archive-basis-as = Осы релиз негізінде жаңа релиз — жанры:
action-export-again = DOCX-ке қайта экспорттау
action-show-in-folder = Қалтада көрсету
action-delete = Себетке жою
action-quarantine = Карантинге
action-reopen = Түзетуге ашу
action-reload-theirs = Олардың нұсқасын жүктеу
action-keep-mine-copy = Менікін көшірме ретінде сақтау
action-history = Нұсқалар тарихы
action-keep-version = Нұсқаны сақтау
action-close = Жабу
editor-locked = «{ $status }» мәртебесі: релиз тек оқуға арналған. Түзету үшін оны ашыңыз — бұл нұсқа тарихта қалады.
editor-newer-file = Файлды Pressdesk-тің жаңа нұсқасы жасаған (пішім { $format }): тек қарау, сақтау өшірулі.
editor-changed-on-disk = Бұл релиз ашық тұрғанда дискіде өзгертілді (әріптес немесе басқа бағдарлама).
editor-save-refused = Сақталмады: файл ашылғаннан кейін дискіде өзгертілген. Ештеңе қайта жазылмады.
history-title = Нұсқалар тарихы
history-empty = Ертеректегі нұсқалар әлі жоқ. Олар келісілген не жіберілген релизді қайта ашқанда және «Нұсқаны сақтау» батырмасымен сақталады.
status-autosave-failed = Автосақтау сәтсіз: { $error }
notice-reopened = Релиз түзетуге ашылды; келісілген нұсқа тарихта сақталды.
notice-basis = Релиз негізінде жаңа жоба: күндер мен мәртебе тасталды, деректер сақталды.
notice-basis-genre = Басқа жанрдағы жаңа жоба: адамдар, серіктестер және ортақ деректер көшірілді; күндер, мәтіндер, дәйексөздер мен сандар бұрынғы релизде қалды.
notice-recovered = Мәтін автосақтаудан қалпына келтірілді. Өзгерістерді қалдыру үшін релизді сақтаңыз.


## Checks
checks-title = Жіберер алдында тексеру
checks-none = Тексеру ештеңе таппады: қосындылар сәйкес, күндер мен есімдер келісілген.
checks-none-short = Тексерілді
text-check-title = Мәтінді тексеру: { $name }
text-check-save-copy = Түзетілген көшірмені сақтау
text-check-saved = Түзетілген көшірме сақталды: { $path }. Бастапқы файл өзгертілмеді.
text-check-nothing-saved = Түзетулерді бір мәнді енгізу мүмкін болмады: сөздер файлда бірнеше рет кездеседі немесе пішімдеумен бөлінген. Олар тізімде көрсетілген.
checks-count = { $count ->
   *[other] { $count } ескерту
}
checks-error = Қате
checks-warning = Ескерту
checks-hint = Кеңес
checks-export-errors = { $count ->
   *[other] Тексеру { $count } қате тапты. Бәрібір экспорттау керек пе?
}
action-fix = Түзету
action-show-checks = Ескертулерді көрсету
action-export-anyway = Экспорттау

checks-settings-hint = Тексеру жазып отырғанда жүреді; өшірілгендері редакторда да, «pressdesk check»-те де көрсетілмейді.
checks-family-agreement = Қиысу: етістік пен сөйлеушінің жынысы (орыс тілі)
checks-family-sums = Қосындылар: бөліктер мен жиынтық, 100 %-дан асқан үлестер, әртүрлі бірліктер
checks-family-growth = Өсім: пайыз бен екі кезең, құлдырағанда «өсім»
checks-family-figures = Мәтіндегі сандар: статистикамен және тілдер арасындағы айырмашылық
checks-family-dates = Күндер: апта күні, өткен оқиғалар, «былтыр», эмбарго
checks-family-leftovers = Үлгі қалдықтары: [өрістер], кеңестер, бос міндетті өрістер
checks-family-alphabets = Аралас әліпби: орыс сөздеріндегі латын әріптері және керісінше
checks-family-quotes = Дәйексөздер: тырнақшалар, автор мен лауазым, етістіктің қайталануы
checks-family-names = Есімдер: бір адам әртүрлі жазылған
checks-family-spelling = Емле: сөздікте жоқ сөздер, теру кезінде мәтінде қызылмен белгіленеді
checks-family-length = Көлем: тақырып, лид, абзацтар, бүкіл релиз
checks-family-photos = Суреттер: әр тілдегі қолтаңба, сипаттама, баспа мен хатқа арналған өлшем
checks-limit-headline = Тақырып, таңба
checks-limit-lead = Лид, сөз
checks-limit-paragraph = Абзац, таңба
checks-limit-release = Релиз, сөз

notice-eml-size = Хат: { $kb } КБ. Файлды екі рет басып ашыңыз — ол жоба ретінде ашылады, тек алушыларды көрсету қалады.
notice-eml-large = Хат: { $kb } КБ — 20 МБ-тан үлкен, көп пошта серверлері оны қабылдамайды.

## Typography rules
# Типографтың әр ережесі не істейді (баптаулардағы тізім). Id — «rule-» және ереже атауы,
# «/» орнына «-». Мысалдарда бөлінбейтін бос орындар тұр (U+00A0, тар U+202F).

rule-space-line-breaks = Windows және ескі Mac жол ауыстырулары кәдімгі жол ауыстыруға айналады
rule-space-odd-spaces = Көшірілген мәтіндегі табуляция мен кең бос орындар кәдімгі бос орынға айналады, көрінбейтіндері жойылады
rule-nbsp-reset = Мәтінде бұрыннан тұрған бөлінбейтін бос орындар кәдімгіге айналады да, оларды төмендегі ережелер қайта қояды (әдепкі бойынша өшірулі: сөздердің бәрінің арасында бөлінбейтін бос орын тұрған мәтін үшін)
rule-space-trim-start = Мәтін алдындағы бос орындар мен бос жолдар жойылады
rule-space-trim-end = Мәтіннен кейінгі бос орындар мен бос жолдар жойылады
rule-space-line-start = Жол басындағы бос орындар жойылады (шегіністі үлгі береді)
rule-space-line-end = Жол соңындағы бос орындар жойылады
rule-space-blank-lines = Қатарынан келген бірнеше бос жол біреуге қысқарады
rule-space-repeated = Сөздер арасындағы бірнеше бос орын біреуге қысқарады
rule-symbols-copyright = (c), (r) және (tm) орнына ©, ® және ™ белгілері қойылады
rule-space-inside-brackets = Ашатын жақшадан кейін және жабатын жақшаның алдында бос орын болмайды
rule-space-before-bracket = Сөзге жабысып тұрған ашатын жақшаның алдына бос орын қойылады
rule-space-before-punctuation = Үтір, нүкте, қос нүкте, нүктелі үтір, сұрау және леп белгілерінің алдында бос орын болмайды
rule-punctuation-ellipsis = Үш нүкте көп нүкте белгісіне айналады: …
rule-punctuation-doubled = Байқаусызда қайталанған белгілер біреуге қысқарады (,, ;; :: .. ?? !!); !!! сақталады, !!!! орнына !!! қойылады
rule-punctuation-question-exclamation = !? орнына ?! қойылады (алдымен сұрау белгісі)
rule-punctuation-ellipsis-after-mark = ?… және !… орнына ?.. және !.. қойылады; көп нүктеден кейінгі үтір алынып тасталады
rule-punctuation-apostrophe = Сөз ішіндегі түзу апостроф ’ белгісіне ауыстырылады
rule-number-math-signs = !=, <=, >=, +- сияқты қос таңбалар орнына ≠, ≤, ≥, ± белгілері қойылады
rule-number-times = Сандар арасындағы x көбейту белгісіне (×) ауыстырылады
rule-number-fraction = 1/2, 1/4 және 3/4 орнына ½, ¼ және ¾ қойылады (әдепкі бойынша өшірулі: 1/2 үй нөмірі де болуы мүмкін)
rule-space-after-comma = Үтірден кейін бос орын қойылады (148,9 сияқты сандардан басқа)
rule-space-after-colon = Қос нүктеден кейін бос орын қойылады (12:00 сияқты уақыт пен веб-мекенжайлардан басқа)
rule-space-after-semicolon = Нүктелі үтірден кейін бос орын қойылады
rule-space-after-sentence-mark = Сөйлем соңындағы сұрау не леп белгісінен кейін бос орын қойылады
rule-space-after-ellipsis = Сөйлем соңындағы көп нүктеден кейін бос орын қойылады
rule-space-glued-year = Бірге жазылған жыл саны мен «жыл» сөзінің арасына бос орын қойылады (2025жылы)
rule-punctuation-comma-before-a-no = Орысша мәтінде сөйлем бөліктерін жалғайтын «а», «но» жалғаулықтарының алдына үтір қойылады
rule-hyphen-particles = Орысша мәтінде бос орынмен терілген дефис қалпына келтіріледі: кое-какие, кто-нибудь, всё-таки, из-за
rule-hyphen-kak-to = Орысша мәтінде «как то» «как-то» болып жазылады, қос нүкте мен үтірдің алдынан басқа (как то: …, как то, что …)
rule-hyphen-de = Орысша мәтінде ескірген «-де» шылауы дефиспен жазылады: увижу-де (әдепкі бойынша өшірулі: «де» есімдерде де кездеседі)
rule-number-ordinal-endings = Орысша мәтінде саннан кейінгі реттік жалғау анықтамалықтағыдай қысқартылады: 5-ый → 5-й, 22-ого → 22-го, 13-ому → 13-му
rule-dash-spaced = Бос орындар арасындағы дефис сызықшаға (—) айналады, ол алдыңғы сөзден ажырамайды
rule-dash-direct-speech = Төл сөз бен автор сөзі арасындағы сызықша: «…», — деді; жол басындағы сызықша
rule-dash-number-range = Сан, жыл, уақыт және ғасыр аралықтары қысқа сызықшамен жазылады: 2024–2025, 9:00–18:00
rule-dash-word-range = Ай мен апта күндерінің аралықтары қысқа сызықшамен жазылады: қаңтар–наурыз, дүйсенбі–жұма
rule-dash-pseudonym = Қысқартылған бүркеншік аттағы дефис сызықшаға айналады: Николай —он
rule-punctuation-quotes = Түзу тырнақшалар «…» түріне айналады, тырнақша ішіндегі тырнақша — “…”
rule-number-decimal-comma = Ондық бөлшектегі нүкте үтірге айналады: 148,9 млн, 1,1 %
rule-number-percent = Саннан кейінгі % белгісі — бөлінбейтін бос орын арқылы (ГОСТ 8.417) не бос орынсыз, профильде берілгендей
rule-money-rouble-sign = Орысша мәтінде сомадан кейінгі «руб.» мен «р.» ₽ белгісіне ауыстырылады (әдепкі бойынша өшірулі)
rule-number-scale-period = «млн», «млрд», «трлн» нүктесіз жазылады (сөйлем соңынан басқа); орысша «тыс.» — нүктемен
rule-symbols-square-cubic = Саннан кейінгі м2 мен м3 м² және м³ болып жазылады
rule-nbsp-number-scale = Сан өзінен кейінгі «мың», «млн», «млрд» сөздерінен ажырамайды
rule-nbsp-scale-unit = «млн», «млрд» өзінен кейінгі валютадан не өлшем бірлігінен ажырамайды: 148,9 млн доллар
rule-nbsp-number-unit = Сан өлшем бірлігінен не валютадан ажырамайды: 25 км, 1200 га, 500 теңге
rule-number-grouping = Бес және одан да көп таңбалы сандар тар бөлінбейтін бос орынмен үш таңбадан бөлінеді: 24 000 (жылдар мен төрт таңбалы сандардан басқа)
rule-money-sign-after-amount = Валюта белгісі сомадан кейін бөлінбейтін бос орын арқылы қойылады: 100 ₸, 19,2 млн $
rule-nbsp-number-sign = №, § және ¶ белгілері нөмірден ажырамайды: арасына тар бөлінбейтін бос орын қойылады
rule-nbsp-address = Мекенжайдағы сөздер мен қысқартулар атаудан не нөмірден ажырамайды: Түркістан қ., Абай көшесі
rule-nbsp-organisation-form = Ұйымдық-құқықтық нысан ұйым атауынан ажырамайды: ЖШС «Жарық»
rule-nbsp-initials = Инициалдар бір-бірінен де, тегінен де ажырамайды: Д. А. Сатыбалды
rule-nbsp-abbreviations = Екі сөзден тұратын қысқартулар ажыратылмайды: т. б., P. S.
rule-nbsp-reference = Сілтеме қысқартулары (б., т., сур.; орысша стр., рис., см., им.) кейінгі нөмірден не сөзден ажырамайды
rule-nbsp-year = Жыл саны «ж.», «жылы» сөзінен, ғасыр «ғ.» қысқартуынан ажырамайды: 2026 ж., XXI ғ.
rule-nbsp-day-month = Айдың күні ай атауынан ажырамайды: 28 қараша
rule-nbsp-short-words = Бір-екі әріпті сөздер мен шылаулар (да, не, ал, мен, және…) келесі сөзден ажырамайды
rule-nbsp-particles = Шылаулар (ма, ме, бе, ғой…) алдыңғы сөзден ажырамайды
rule-nbsp-short-last-word = Сөйлем соңындағы үш әріпке дейінгі сөз жолда жалғыз қалмайды
rule-nbsp-short-last-number = Сөйлем соңындағы бір не екі таңбалы сан жолда жалғыз қалмайды
rule-nbsp-after-number = Кез келген сан келесі сөзден ажырамайды (әдепкі бойынша өшірулі: өлшем бірліктері ережесі жеткілікті)
rule-number-decimal-point = Ағылшынша мәтінде ондық бөлшектегі үтір нүктеге айналады: 148.9 million

## Бланк (Баптаулар) және «Хатқа көшіру» (редактор)
settings-letterhead-title = Бланк
settings-letterhead = DOCX пен хаттың басына бланк қою: ұйым атауының үстінде логотип
settings-logo = Логотип
settings-logo-placeholder = PNG, JPEG немесе SVG файлының толық жолы
action-choose-logo = Таңдау…
action-remove-logo = Алып тастау
hint-logo = Міндетті емес. PNG, JPEG немесе SVG; DOCX-те биіктігі 1,5 см, хатта 48 пиксель.
hint-logo-checking = Логотип оқылып жатыр…
hint-logo-ready = Логотип дайын: басып шығаруға { $width } × { $height } пиксель.
error-logo-relative = Файлдың толық жолын жазыңыз немесе «Таңдау…» батырмасын басыңыз
hint-letterhead = Атау жоғарыдағы «Ұйымның атауы» өрісінен релиз тілінде алынады. DOCX-те бланк тек бірінші бетте тұрады; әр беттің төменгі жағында оның нөмірі бар.
notice-logo-skipped = Бланк логотипсіз шықты: { $error }
action-copy-email = Хатқа көшіру
action-copy-email-tip = Релизді безендіруімен көшіру: Gmail, Outlook не Thunderbird-тегі жаңа хатқа қоюға болады
notice-copied = Көшірілді. Жаңа хатқа қойыңыз (Ctrl+V): тақырып, дәйексөздер мен кесте түрін сақтайды.
error-clipboard = Алмасу буферіне көшіру мүмкін болмады: { $error }
checks-copy-errors = { $count ->
   *[other] Тексеру { $count } қате тапты. Бәрібір көшіру керек пе?
}
action-copy-anyway = Көшіру

# The release's dateline, credit and byline (editor/presentation.rs)
section-presentation = Дейтлайн, дереккөз, авторы
dateline-in-lead = Дейтлайн лидтің басында, агенттіктердегідей: АСТАНА, 5 желтоқсан — …
field-agency = Ақпарат агенттігі
placeholder-agency = мысалы, Қазақпарат
hint-agency = Дейтлайн лидті ашқанда орыннан кейін жазылады
field-byline = Авторы
placeholder-byline = автордың аты-жөні
field-credit = Баспасөз қызметіне сілтеме
hint-credit = Лид «…, деп хабарлайды» сөздерімен және қолтаңба мәтінімен аяқталады
credit-signature = тек соңындағы қолтаңба
credit-lead-and-signature = лидте және соңында қолтаңба
credit-lead-only = қолтаңбаның орнына лидте

# Short names, partners, the verb of a figure, the credit's words (issue 15)
person-short = Қысқа аты
person-short-placeholder = Кейін қалай аталады: Сейтқали
hint-person-short = Екінші рет аталғанда және дәйексөз авторы ретінде. Бос болса — толық аты
partner-n = Серіктес { $n }
partner-organisation = Ұйым
partner-region = Қала немесе өңір
partner-country = Ел
partner-add = Серіктес қосу
partner-remove = Серіктесті алып тастау
hint-partners = Бірінші серіктес — жоғарыдағы «Серіктес» өрісі; мәтінде: ұйым (қала, ел)
stat-verb = Орыс мәтініндегі етістік
stat-verb-none = етістіксіз: «Тауар айналымы — …»
hint-stat-verb = Көрсеткішпен қиысады: товарооборот составил, стоимость составила, инвестиции составили
stat-placement-after-lead = лидтен кейін бірден
field-credit-words = Лидте баспасөз қызметі қалай аталады
placeholder-credit-words = облыс әкімінің баспасөз қызметі
hint-credit-words = Бос болса — қолтаңба сөздерімен

## Paste and typeset
typeset-open = Қою және рәсімдеу
typeset-open-hint = Кез келген мәтінді экспорт ережелерімен рәсімдеп, көшіріп алу
typeset-title = Қою және рәсімдеу
typeset-placeholder = Мәтінді осында қойыңыз не теріңіз: әріптестің жобасы, сайт беті, титрдегі дәйексөз. Ол терген сайын рәсімделеді, ешқайда сақталмайды.
typeset-paste = Қою
typeset-copy = Көшіру
typeset-copied = Рәсімделген мәтін HTML және қарапайым мәтін ретінде көшірілді: Word-қа не хатқа қойғанда үзілмейтін бос орындар сақталады.
typeset-clipboard-empty = Алмасу буферінде мәтін жоқ.
typeset-language-auto = Әр абзацтың тілі
typeset-result = Рәсімделді
typeset-show-marks = Үзілмейтін бос орындарды көрсету (°)

spelling-add-to-dictionary = Сөздікке қосу
spelling-no-suggestions = нұсқа жоқ
notice-word-added = «{ $word }» енді баспасөз қызметінің сөздігінде (мұрағат қалтасындағы dictionary.txt).
settings-spelling-languages = Емлесін тексеру:
settings-spelling-english = Ағылшын емлесі
settings-spelling-british = британдық (colour, organise)
settings-spelling-american = американдық (color, organize)
settings-renderer = Терезені салу
renderer-automatic = Автоматты: бейнекарта, іске аспаса — бағдарламалық
renderer-gpu = Бейнекарта (GPU)
renderer-software = Бағдарламалық (виртуал машиналар мен қашықтағы жұмыс үстелдері үшін)
renderer-now-gpu = Қазір: бейнекарта.
renderer-now-software = Қазір: бағдарламалық, таңдалғандай.
renderer-now-fallback = Қазір: бағдарламалық, өйткені бейнекарта іске қосылмады ({ $reason }).
renderer-next-start = Өзгеріс Pressdesk келесі іске қосылғанда күшіне енеді.
spelling-suggesting = нұсқалар ізделуде…

## Photos
section-photos = Фотосуреттер
photos-empty = Әзірге сурет жоқ. Іс-шараның суреттерін қосыңыз: файлдан, терезеге сүйреп немесе алмасу буферінен қойып.
photo-add = Сурет қосу…
photo-paste = Буферден қою
photo-remove = Суретті алып тастау (файл photos қалтасында қалады)
photo-loading = Дайындалуда…
photo-main = Басты сурет — лидтен кейін
photo-caption = Қолтаңба
photo-caption-placeholder = Суретте кім және не бар
photo-alt = Көрмейтіндерге сипаттама
photo-alt-placeholder = Суретте не көрінеді
hint-photo-alt = Оны экраннан оқу бағдарламалары мен суреттер өшірілген пошта оқиды; болмаса қолтаңба оқылады.
photo-credit = Суреттің авторы
photo-credit-placeholder = облыс әкімінің баспасөз қызметі
photo-pasted-name = сурет
notice-photo-failed = Қосылмады: { $reasons }
notice-photos-not-carried = Релиз сақталды, бірақ барлық сурет оның жанындағы photos қалтасына көшірілмеді:

## Import
import-button = Импорт…
import-hint = Бұрынғы релиздерді .docx, .odt, .txt, .md, .html, .eml файлдары бар қалтадан көшіру (немесе файлдар мен қалталарды осында сүйреңіз). Түпнұсқалар мұрағаттың originals қалтасында сақталады.
import-progress = Көшіру: { $done } / { $total }
import-cancel = Тоқтату
import-cancelled = Көшіру тоқтатылды.
import-done = Мұрағатқа көшірілді: { $imported }, бұрын көшірілгендіктен өткізілді: { $skipped }, оқылмады: { $failed }.
