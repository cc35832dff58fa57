# Pressdesk — строки интерфейса (русский, язык по умолчанию).

## Общие действия
action-home = На главную
action-new = Новый релиз
action-open = Открыть…
action-save = Сохранить
action-save-as = Сохранить как…
action-undo = Отменить
action-redo = Повторить
action-export = Экспорт:
action-export-docx = Экспорт в DOCX (в диалоге можно выбрать HTML или TXT)
action-export-as = Экспорт в { $format }
action-settings = Настройки
action-back = Назад
action-save-settings = Сохранить настройки
action-open-folder = Открыть папку
action-dismiss = Закрыть
action-cancel = Отмена
action-discard = Не сохранять

untitled = Без заголовка
release-count = { $count ->
    [one] { $count } релиз
    [few] { $count } релиза
   *[many] { $count } релизов
}
word-count = { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[many] { $count } слов
}
char-count = { $count ->
    [one] { $count } знак
    [few] { $count } знака
   *[many] { $count } знаков
}

## Главная
home-tagline = Пресс-релизы по шаблонам: факты, цитаты, цифры — и готовый DOCX
home-new-release = Новый релиз
home-language = Язык релиза:

## Редактор
status-saved = Сохранено
status-new = Ещё не сохранён
status-unsaved = Не сохранено
editor-versions = Версии:
editor-add-version-ru = Добавить русскую версию
editor-add-version-kk = Добавить казахскую версию
editor-add-version-en = Добавить английскую версию
editor-no-facts = У этого шаблона нет полей с фактами: пишите текст ниже.

section-facts = Факты
section-people = Люди
section-text = Текст
section-quotes = Цитаты
section-statistics = Цифры
section-closing = Справка, подпись и контакты
section-release = Релиз

hint-shared = одно значение для всех языков
hint-drafted = Составлено по фактам; правка вручную закрепит ваш текст.
hint-date = ДД.ММ.ГГГГ или ГГГГ-ММ-ДД
hint-lead = Одно предложение: кто, что, где, когда.
hint-background = Например, справка о городе или стране гостей.
hint-from-profile = Пусто — берётся из настроек организации.
hint-embargo = Пусто — без эмбарго. Формат: 28.11.2026 10:00
hint-speaker-as = Если не полным именем: «глава области»
hint-quote = Без кавычек: их расставит типограф.
hint-stat-label = Что измеряет цифра: «товарооборот области с Китаем»
hint-parts = Части, которые в сумме дают значение (экспорт + импорт).

person-n = Человек { $n }
person-name = Имя
person-position = Должность
gender-label = Глаголы согласуются с
gender-masculine = он (встретился, отметил)
gender-feminine = она (встретилась, отметила)
gender-set = выбрано вами
gender-suggested = подсказано именем
gender-unknown = по имени не понять — выберите
person-add-to-role = Добавить ещё: { $role }
person-add = Добавить человека
person-remove = Убрать человека

field-headline = Заголовок
field-subheadline = Подзаголовок
field-dateline-place = Место
field-dateline-date = Дата
field-lead = Лид
field-paragraph = Абзац { $n }
field-background = Справка
field-signature = Подпись
field-contacts = Контакты
field-status = Статус
field-embargo = Эмбарго до

placeholder-lead = Аким области встретился с делегацией…
placeholder-paragraph = Текст абзаца
placeholder-quote = Слова говорящего
placeholder-background = Справочная информация

paragraph-add = Добавить абзац
paragraph-remove = Удалить абзац
move-up = Выше
move-down = Ниже

quote-n = Цитата { $n }
quote-add = Добавить цитату
quote-remove = Удалить цитату
quote-speaker = Кто говорит
quote-choose-speaker = Выберите человека
quote-speaker-as = Как назвать в подводке
quote-speaker-as-placeholder = по имени
quote-text = Слова
quote-verb = Глагол
quote-pick-verb = из списка
quote-placement = Где стоит
quote-after-lead = сразу после лида
quote-after-paragraph = после абзаца { $n }
quote-attribution = Подводка
attribution-after = после цитаты: «…», — отметил
attribution-before = перед цитатой: отметил: «…»
attribution-reported = косвенная речь: Как отметил …, …
quotes-empty = Цитат пока нет.

stat-n = Цифра { $n }
stat-add = Добавить цифру
stat-remove = Удалить цифру
stat-label = Что измеряет
stat-label-placeholder = товарооборот области с Китаем
stat-value = Значение
stat-scale = Разряд
stat-unit = Единица
stat-placement = Где в тексте
stat-placement-closing = в конце, с другими цифрами
stat-placement-after = после: «{ $words }»
stat-placement-table = только в таблице
hint-stat-placement = Цифра, которая уже есть в тексте или цитате, не повторяется
stat-qualifier = Точность
stat-qualifier-exact = точно
stat-period = Период
stat-period-placeholder = в 2024 году
stat-parts = Составные части
part-label = экспорт
part-add = Добавить часть
part-remove = Удалить часть
stat-change = Изменение к прошлому периоду
stat-change-percent = На сколько, %
stat-compared = По сравнению с
stat-compared-placeholder = по сравнению с 2023 годом
stat-in-table = Показать и в таблице цифр
stats-empty = Цифр пока нет.
scale-one = единицы

status-draft = Черновик
status-ready = Готов
status-approved = Согласован
status-sent = Отправлен

error-date = Дата не распознана: введите ДД.ММ.ГГГГ, например 28.11.2026.
error-embargo = Не распознано: введите дату и время, например 28.11.2026 10:00.
placeholder-date = ДД.ММ.ГГГГ
placeholder-embargo = ДД.ММ.ГГГГ ЧЧ:ММ
error-number = Это не число: пишите цифрами, дробь — через запятую: 148,9.
error-number-empty = Введите число.
error-number-separators = Непонятно, где дробная часть: оставьте один знак — запятую (148,9).
error-font-size = Размер от 6 до 72 пунктов.
error-save = Не удалось сохранить: { $error }
error-export = Не удалось экспортировать: { $error }
error-open = Не удалось открыть: { $error }
error-settings-save = Не удалось сохранить настройки: { $error }

preview-title = Как будет выглядеть
preview-empty = Заполните поля слева — здесь появится релиз.

## Уведомления и вопросы
notice-saved = Сохранено: { $path }
notice-saved-default = Диалог выбора файла недоступен, релиз сохранён в папку по умолчанию: { $path }
notice-exported = Экспортировано: { $path }
notice-no-dialog-open = Диалог выбора файла недоступен. Откройте релиз из списка недавних или из папки { $path }
notice-settings-saved = Настройки сохранены.
notice-startup-problems = При запуске обнаружены проблемы (использованы значения по умолчанию):
prompt-title = Сохранить изменения?
prompt-unsaved = В релизе есть несохранённые изменения. Сохранить их, прежде чем продолжить?
prompt-unsaved-quit = В релизе есть несохранённые изменения. Сохранить их перед выходом?

## Настройки
settings-title = Настройки
settings-window = Окно
settings-ui-language = Язык интерфейса
settings-theme = Тема
theme-light = Светлая
theme-dark = Тёмная
settings-folder = Папка для файлов без диалога
hint-folder = Сюда сохраняются релизы и экспорт, если система не показывает диалог выбора файла. Пусто — папка по умолчанию.
settings-kazakh-date = Даты в казахском тексте
hint-kazakh-date = Как пишется дата в казахской версии релиза.
settings-archive = Папка архива
hint-archive = Здесь хранятся все релизы: можно указать общую папку пресс-службы (Nextcloud, Syncthing, OneDrive, сетевой диск). Пусто — папка по умолчанию. Применяется при выходе из настроек.
hint-archive-env = Задана переменной PRESSDESK_ARCHIVE: { $path }
error-archive-relative = Укажите полный путь (например, /home/press/Nextcloud/Архив или D:\Архив); пока используется прежняя папка.
settings-organisation-section = Организация
settings-organisation = Название организации
settings-signature = Подпись
settings-city = Город (для строки с датой)
settings-contacts = Контакты
hint-contacts = По строке на телефон, почту, сайт.
settings-documents = Документы
settings-default-language = Язык новых релизов
settings-docx-font = Шрифт DOCX
settings-docx-size = Размер, пт
settings-docx-justified = Выравнивать абзацы DOCX по ширине
hint-docx-justified = Word переносит слова в выровненных строках по правилам языка релиза. LibreOffice, как и Word без средств проверки этого языка, оставляет широкие пробелы: снимите флажок, чтобы абзацы выравнивались по левому краю.
settings-end-mark = Ставить «###» в конце релиза
settings-statistics-table = Таблица цифр после текста
settings-typography = Типографика

## Archive
home-recent-outside = Открытые не из архива
archive-title = Архив
archive-loading = Архив читается…
archive-indexing = Пока поиск идёт по заголовкам и тегам: полный текст архива ещё читается…
archive-trash = Корзина
archive-damaged-count = { $count ->
    [one] { $count } повреждённый файл
    [few] { $count } повреждённых файла
   *[many] { $count } повреждённых файлов
}
archive-updated = { $count ->
    [one] обновлён { $count } файл
    [few] обновлено { $count } файла
   *[many] обновлено { $count } файлов
}
archive-folder-hint = Папка архива; сменить её можно в настройках
archive-recover-title = Несохранённые изменения после сбоя
archive-recover-when = Автосохранено { $time }
archive-empty = В архиве пока нет релизов. Начните новый релиз выше — он сохранится сюда — или перенесите прежние кнопкой «Импорт…».
archive-nothing-found = Ничего не найдено. Измените запрос или сбросьте фильтры.
archive-show-more = { $count ->
    [one] Показать ещё { $count }
   *[other] Показать ещё { $count }
}
archive-search-placeholder = Поиск по всем языкам: слово из заголовка, текста, цитаты, имени
archive-all-statuses = Все статусы
archive-all-templates = Все жанры
archive-all-languages = Все языки
archive-all-years = Все годы
archive-all-tags = Все метки
archive-newest-first = Сначала новые
archive-oldest-first = Сначала старые
archive-clear-filters = Сбросить
archive-trash-empty = Корзина пуста.
archive-conflict-copy = копия конфликта синхронизации
archive-newer-file = из новой версии Pressdesk
archive-damaged-explained = Эти файлы не читаются. Они не удаляются: их можно открыть в папке или убрать в карантин (папка .quarantine в архиве).
archive-moved-trash = Перемещено в корзину: { $path }
archive-restored = Восстановлено: { $path }
archive-quarantined = Перемещено в карантин: { $path }
action-recover = Восстановить
action-restore = Восстановить
action-use-as-basis = Взять за основу нового релиза
archive-basis-as = Новый релиз на его основе — жанр:
action-export-again = Экспортировать в DOCX ещё раз
action-show-in-folder = Показать в папке
action-delete = Удалить в корзину
action-quarantine = В карантин
action-reopen = Открыть для правки
action-reload-theirs = Загрузить их версию
action-keep-mine-copy = Сохранить мою как копию
action-history = История версий
action-keep-version = Сохранить версию
action-close = Закрыть
editor-locked = Статус «{ $status }»: релиз только для чтения. Чтобы править, откройте его — эта версия останется в истории.
editor-newer-file = Файл создан более новой версией Pressdesk (формат { $format }): только просмотр, сохранение отключено.
editor-changed-on-disk = Этот релиз изменили на диске (коллега или другая программа), пока он был открыт.
editor-save-refused = Не сохранено: файл изменили на диске после открытия. Ничего не перезаписано.
history-title = История версий
history-empty = Ранних версий пока нет. Они сохраняются при повторном открытии согласованного или отправленного релиза и по кнопке «Сохранить версию».
status-autosave-failed = Автосохранение не удалось: { $error }
notice-reopened = Релиз открыт для правки; согласованная версия сохранена в истории.
notice-basis = Новый черновик на основе релиза: даты и статус сброшены, факты сохранены.
notice-basis-genre = Новый черновик другого жанра: люди, партнёры и общие факты перенесены; даты, тексты, цитаты и цифры остались в прежнем релизе.
notice-recovered = Текст восстановлен из автосохранения. Сохраните релиз, чтобы оставить изменения.


## Checks
checks-title = Проверка перед отправкой
checks-none = Проверка ничего не нашла: суммы сходятся, даты и имена согласованы.
checks-none-short = Проверено
text-check-title = Проверка текста: { $name }
text-check-save-copy = Сохранить исправленную копию
text-check-saved = Исправленная копия сохранена: { $path }. Исходный файл не изменён.
text-check-nothing-saved = Исправления не удалось внести однозначно: слова встречаются в файле не один раз или разбиты форматированием. Они перечислены в списке.
checks-count = { $count ->
    [one] { $count } замечание
    [few] { $count } замечания
   *[many] { $count } замечаний
}
checks-error = Ошибка
checks-warning = Предупреждение
checks-hint = Совет
checks-export-errors = { $count ->
    [one] Проверка нашла { $count } ошибку. Экспортировать всё равно?
    [few] Проверка нашла { $count } ошибки. Экспортировать всё равно?
   *[many] Проверка нашла { $count } ошибок. Экспортировать всё равно?
}
action-fix = Исправить
action-show-checks = Показать замечания
action-export-anyway = Экспортировать

checks-settings-hint = Проверки идут, пока вы пишете; выключенные не показываются ни в редакторе, ни в «pressdesk check».
checks-family-agreement = Согласование: глагол и пол того, кто говорит
checks-family-sums = Суммы: части и итог, доли больше 100 %, разные единицы
checks-family-growth = Рост: процент и два периода, «рост» при падении
checks-family-figures = Цифры в тексте: расхождения со статистикой и между языками
checks-family-dates = Даты: день недели, прошедшие события, «в прошлом году», эмбарго
checks-family-leftovers = Остатки шаблона: [поля], подсказки, пустые обязательные поля
checks-family-alphabets = Смешанные алфавиты: латинские буквы в русских словах и наоборот
checks-family-quotes = Цитаты: кавычки, автор и должность, повтор глагола
checks-family-names = Имена: один человек написан по-разному
checks-family-spelling = Орфография: слова, которых нет в словаре, — отмечаются красным прямо при наборе
checks-family-length = Длина: заголовок, лид, абзацы, весь релиз
checks-family-photos = Фотографии: подписи на каждом языке, описание, размер для печати и письма
checks-limit-headline = Заголовок, знаков
checks-limit-lead = Лид, слов
checks-limit-paragraph = Абзац, знаков
checks-limit-release = Релиз, слов

notice-eml-size = Письмо: { $kb } КБ. Откройте файл двойным щелчком — он откроется как черновик, останется указать адресатов.
notice-eml-large = Письмо: { $kb } КБ — больше 20 МБ, многие почтовые серверы его не примут.

## Typography rules
# Что делает каждое правило типографа (список в настройках). Id — «rule-» и имя правила,
# где «/» заменена на «-». В примерах стоят неразрывные пробелы (U+00A0, узкий U+202F).

rule-space-line-breaks = Переводы строк Windows и старых Mac становятся обычными
rule-space-odd-spaces = Табуляции и широкие пробелы из скопированного текста становятся обычными пробелами, невидимые удаляются
rule-nbsp-reset = Неразрывные пробелы, уже стоящие в тексте, становятся обычными, и их заново расставляют правила ниже (по умолчанию выключено: для текста, где неразрывный пробел стоит между всеми словами)
rule-space-trim-start = Пробелы и пустые строки перед текстом удаляются
rule-space-trim-end = Пробелы и пустые строки после текста удаляются
rule-space-line-start = Пробелы в начале строки удаляются (отступы задаёт шаблон)
rule-space-line-end = Пробелы в конце строки удаляются
rule-space-blank-lines = Несколько пустых строк подряд заменяются одной
rule-space-repeated = Несколько пробелов между словами заменяются одним
rule-symbols-copyright = (c), (r) и (tm) заменяются знаками ©, ® и ™
rule-space-inside-brackets = Без пробелов сразу после открывающей скобки и перед закрывающей
rule-space-before-bracket = Пробел перед открывающей скобкой, стоящей сразу за словом
rule-space-before-punctuation = Без пробела перед запятой, точкой, двоеточием, точкой с запятой, вопросительным и восклицательным знаками
rule-punctuation-ellipsis = Три точки становятся многоточием: …
rule-punctuation-doubled = Случайно удвоенные знаки становятся одинарными (,, ;; :: .. ?? !!); !!! остаётся, !!!! становится !!!
rule-punctuation-question-exclamation = !? становится ?! (сначала вопросительный знак)
rule-punctuation-ellipsis-after-mark = ?… и !… становятся ?.. и !..; запятая после многоточия убирается
rule-punctuation-apostrophe = Прямой апостроф внутри слова заменяется на ’
rule-number-math-signs = !=, <=, >=, +- и подобные пары заменяются знаками ≠, ≤, ≥, ±
rule-number-times = x между числами заменяется знаком умножения ×
rule-number-fraction = 1/2, 1/4 и 3/4 заменяются на ½, ¼ и ¾ (по умолчанию выключено: 1/2 бывает и номером дома)
rule-space-after-comma = Пробел после запятой (кроме чисел вроде 148,9)
rule-space-after-colon = Пробел после двоеточия (кроме времени вроде 12:00 и веб-адресов)
rule-space-after-semicolon = Пробел после точки с запятой
rule-space-after-sentence-mark = Пробел после вопросительного или восклицательного знака в конце предложения
rule-space-after-ellipsis = Пробел после многоточия в конце предложения
rule-space-glued-year = Пробел между годом и словом «год», набранными слитно (2025году)
rule-punctuation-comma-before-a-no = Запятая перед союзами «а» и «но», соединяющими части предложения
rule-hyphen-particles = Восстанавливает дефис, набранный пробелом: кое-какие, кто-нибудь, всё-таки, из-за, из-под
rule-hyphen-kak-to = «как то» становится «как-то», но не перед двоеточием или запятой (как то: …, как то, что …)
rule-hyphen-de = Устаревшая частица «-де» пишется через дефис: увижу-де (по умолчанию выключено: «де» бывает и в именах)
rule-number-ordinal-endings = Наращение порядкового числительного сокращается, как велит справочник: 5-ый → 5-й, 22-ого → 22-го, 13-ому → 13-му
rule-dash-spaced = Дефис между пробелами становится тире, которое не отрывается от предыдущего слова
rule-dash-direct-speech = Тире в прямой речи и словах автора: «…», — отметил; тире в начале реплики
rule-dash-number-range = Диапазоны чисел, лет, времени и веков — через короткое тире: 2024–2025, 9:00–18:00
rule-dash-word-range = Диапазоны месяцев и дней недели — через короткое тире: январь–март, понедельник–пятница
rule-dash-pseudonym = Дефис перед окончанием сокращённого псевдонима становится тире: Николай —он
rule-punctuation-quotes = Прямые кавычки становятся «ёлочками», внутри кавычек — „лапки“
rule-number-decimal-comma = Десятичная точка в числе становится запятой: 148,9 млн, 1,1 %
rule-number-percent = Знак % после числа — через неразрывный пробел (ГОСТ 8.417) или слитно, как задано в профиле
rule-money-rouble-sign = «руб.» и «р.» после суммы заменяются знаком ₽ (по умолчанию выключено)
rule-number-scale-period = После «тыс» ставится точка, после «млн», «млрд» и «трлн» — нет (кроме конца предложения)
rule-symbols-square-cubic = м2 и м3 после числа становятся м² и м³
rule-nbsp-number-scale = Число не отрывается от следующих за ним «тыс.», «млн», «млрд»
rule-nbsp-scale-unit = «млн», «млрд» не отрываются от следующей за ними валюты или единицы: 148,9 млн долларов
rule-nbsp-number-unit = Число не отрывается от единицы измерения или валюты: 25 км, 1200 га, 500 тенге
rule-number-grouping = Числа из пяти и более цифр делятся на группы по три цифры узким неразрывным пробелом: 24 000 (кроме годов и четырёхзначных чисел)
rule-money-sign-after-amount = Знак валюты ставится после суммы через неразрывный пробел: 100 ₸, 19,2 млн $
rule-nbsp-number-sign = №, § и ¶ не отрываются от номера: между ними узкий неразрывный пробел
rule-nbsp-address = Адресные сокращения не отрываются от названия или номера: г. Туркестан, ул. Абая, д. 5
rule-nbsp-organisation-form = Организационно-правовая форма не отрывается от названия: ТОО «Жарық»
rule-nbsp-initials = Инициалы не отрываются друг от друга и от фамилии: Д. А. Сатыбалды
rule-nbsp-abbreviations = Сокращения из двух слов не разрываются: т. д., т. е., P. S.
rule-nbsp-reference = «стр.», «рис.», «п.», «ст.» и подобные не отрываются от номера, «см.» и «им.» — от следующего слова
rule-nbsp-year = Год не отрывается от «г.», век — от «в.»; «г. г.» становится «гг.»
rule-nbsp-day-month = Число не отрывается от месяца: 28 ноября
rule-nbsp-short-words = Слова из одной-двух букв (в, и, на, по…) не отрываются от следующего слова
rule-nbsp-particles = Частицы ли, же, бы не отрываются от предыдущего слова
rule-nbsp-short-last-word = Слово до трёх букв в конце предложения не остаётся одно на строке
rule-nbsp-short-last-number = Одно- или двузначное число в конце предложения не остаётся одно на строке
rule-nbsp-after-number = Любое число не отрывается от следующего слова (по умолчанию выключено: хватает правила для единиц)
rule-number-decimal-point = В английском тексте десятичная запятая становится точкой: 148.9 million

## Бланк (Настройки) и «Копировать для письма» (редактор)
settings-letterhead-title = Бланк
settings-letterhead = Печатать бланк вверху DOCX и письма: логотип над названием организации
settings-logo = Логотип
settings-logo-placeholder = Полный путь к файлу PNG, JPEG или SVG
action-choose-logo = Выбрать…
action-remove-logo = Убрать
hint-logo = Необязательно. PNG, JPEG или SVG; в DOCX логотип высотой 1,5 см, в письме — 48 пикселей.
hint-logo-checking = Читаю логотип…
hint-logo-ready = Логотип готов: { $width } × { $height } пикселей для печати.
error-logo-relative = Укажите полный путь к файлу или нажмите «Выбрать…»
hint-letterhead = Название берётся из поля «Название организации» выше, на языке релиза. В DOCX бланк стоит только на первой странице; внизу каждой страницы — её номер.
notice-logo-skipped = Бланк вышел без логотипа: { $error }
action-copy-email = Копировать для письма
action-copy-email-tip = Скопировать релиз с оформлением, чтобы вставить в новое письмо в Gmail, Outlook или Thunderbird
notice-copied = Скопировано. Вставьте в новое письмо (Ctrl+V): заголовок, цитаты и таблица сохранят вид.
error-clipboard = Не удалось скопировать в буфер обмена: { $error }
checks-copy-errors = { $count ->
    [one] Проверка нашла { $count } ошибку. Копировать всё равно?
    [few] Проверка нашла { $count } ошибки. Копировать всё равно?
   *[many] Проверка нашла { $count } ошибок. Копировать всё равно?
}
action-copy-anyway = Копировать

# The release's dateline, credit and byline (editor/presentation.rs)
section-presentation = Дейтлайн, источник, автор
dateline-in-lead = Дейтлайн в начале лида, как у агентств: АСТАНА, 5 декабря — …
field-agency = Информагентство
placeholder-agency = например, Казинформ
hint-agency = Пишется после места, когда дейтлайн открывает лид
field-byline = Автор
placeholder-byline = имя автора
field-credit = Ссылка на пресс-службу
hint-credit = Лид заканчивается словами «…, сообщает» и текстом подписи
credit-signature = только подпись в конце
credit-lead-and-signature = в лиде и подпись в конце
credit-lead-only = в лиде вместо подписи

# Short names, partners, the verb of a figure, the credit's words (issue 15)
person-short = Краткое имя
person-short-placeholder = Как называть дальше: Сейткали
hint-person-short = Для второго упоминания и подписи к цитате. Пусто — полное имя
partner-n = Партнёр { $n }
partner-organisation = Организация
partner-region = Город или регион
partner-country = Страна
partner-add = Добавить партнёра
partner-remove = Убрать партнёра
hint-partners = Первый партнёр — поле «Партнёр» выше; в тексте: организация (город, страна)
stat-verb = Глагол в русском тексте
stat-verb-none = без глагола: «Товарооборот — …»
hint-stat-verb = Согласуйте с показателем: товарооборот составил, стоимость составила, инвестиции составили
stat-placement-after-lead = сразу после лида
field-credit-words = Как назвать пресс-службу в лиде
placeholder-credit-words = пресс-служба акима области
hint-credit-words = Пусто — словами подписи

## Paste and typeset
typeset-open = Вставить и оформить
typeset-open-hint = Оформить текст откуда угодно по правилам экспорта и скопировать его
typeset-title = Вставить и оформить
typeset-placeholder = Вставьте или наберите текст: черновик коллеги, страницу сайта, цитату из титров. Он оформляется по мере набора и нигде не сохраняется.
typeset-paste = Вставить
typeset-copy = Копировать
typeset-copied = Оформленный текст скопирован как HTML и простой текст: при вставке в Word или письмо неразрывные пробелы сохранятся.
typeset-clipboard-empty = В буфере обмена нет текста.
typeset-language-auto = Язык каждого абзаца
typeset-result = Оформлено
typeset-show-marks = Показать неразрывные пробелы (°)

spelling-add-to-dictionary = Добавить в словарь
spelling-no-suggestions = вариантов нет
notice-word-added = «{ $word }» теперь в словаре пресс-службы (dictionary.txt в папке архива).
settings-spelling-languages = Проверять орфографию:
settings-spelling-english = Английская орфография
settings-spelling-british = британская (colour, organise)
settings-spelling-american = американская (color, organize)
settings-renderer = Отрисовка окна
renderer-automatic = Автоматически: видеокарта, при сбое — программно
renderer-gpu = Видеокарта (GPU)
renderer-software = Программно (для виртуальных машин и удалённых рабочих столов)
renderer-now-gpu = Сейчас: видеокарта.
renderer-now-software = Сейчас: программно, как выбрано.
renderer-now-fallback = Сейчас: программно, потому что видеокарта не запустилась ({ $reason }).
renderer-next-start = Изменение вступит в силу при следующем запуске Pressdesk.
spelling-suggesting = подбираются варианты…

## Photos
section-photos = Фотографии
photos-empty = Фотографий пока нет. Добавьте снимки события: из файла, перетащив их в окно или вставив из буфера обмена.
photo-add = Добавить фото…
photo-paste = Вставить из буфера
photo-remove = Убрать фотографию (файл останется в папке photos)
photo-loading = Готовится…
photo-main = Главная — сразу после лида
photo-caption = Подпись
photo-caption-placeholder = Кто и что на снимке
photo-alt = Описание для незрячих
photo-alt-placeholder = Что видно на фотографии
hint-photo-alt = Его читают программы экранного доступа и почта, где картинки отключены; без него прочтут подпись.
photo-credit = Автор снимка
photo-credit-placeholder = пресс-служба акима области
photo-pasted-name = фото
notice-photo-failed = Не добавлено: { $reasons }
notice-photos-not-carried = Релиз сохранён, но не все фотографии скопированы в папку photos рядом с ним:

## Import
import-button = Импорт…
import-hint = Перенести прежние релизы из папки с файлами .docx, .odt, .txt, .md, .html, .eml (или перетащите файлы и папки сюда). Оригиналы сохраняются в папке originals архива.
import-progress = Перенос: { $done } из { $total }
import-cancel = Отменить
import-cancelled = Перенос отменён.
import-done = Перенесено в архив: { $imported }, пропущено как уже перенесённые: { $skipped }, не прочитано: { $failed }.
