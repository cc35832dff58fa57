# Pressdesk — interface strings (English).

## Common actions
action-home = Home
action-new = New release
action-open = Open…
action-save = Save
action-save-as = Save as…
action-undo = Undo
action-redo = Redo
action-export = Export:
action-export-docx = Export to DOCX (the dialog also offers HTML and TXT)
action-export-as = Export to { $format }
action-settings = Settings
action-back = Back
action-save-settings = Save settings
action-open-folder = Open folder
action-dismiss = Close
action-cancel = Cancel
action-discard = Don’t save

untitled = Untitled
release-count = { $count ->
    [one] { $count } release
   *[other] { $count } releases
}
word-count = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
char-count = { $count ->
    [one] { $count } character
   *[other] { $count } characters
}

## Home
home-tagline = Press releases from templates: facts, quotes, figures — and a finished DOCX
home-new-release = New release
home-language = Release language:

## Editor
status-saved = Saved
status-new = Not saved yet
status-unsaved = Unsaved
editor-versions = Versions:
editor-add-version-ru = Add Russian version
editor-add-version-kk = Add Kazakh version
editor-add-version-en = Add English version
editor-no-facts = This template asks for no facts: write the text below.

section-facts = Facts
section-people = People
section-text = Text
section-quotes = Quotes
section-statistics = Figures
section-closing = Background, signature and contacts
section-release = Release

hint-shared = one value for all languages
hint-drafted = Drafted from the facts; editing it by hand keeps your text.
hint-date = DD.MM.YYYY or YYYY-MM-DD
hint-lead = One sentence: who, what, where, when.
hint-background = For example, background on the guests’ city or country.
hint-from-profile = Empty means the organisation’s settings.
hint-embargo = Empty means no embargo. Format: 28.11.2026 10:00
hint-speaker-as = When not by full name: “the head of the region”
hint-quote = Without quotation marks: typography adds them.
hint-stat-label = What the figure measures: “the region’s trade with China”
hint-parts = Parts that add up to the value (exports + imports).

person-n = Person { $n }
person-name = Name
person-position = Position
gender-label = Verbs agree with
gender-masculine = he (met, noted)
gender-feminine = she (met, noted)
gender-set = chosen by you
gender-suggested = suggested by the name
gender-unknown = the name does not say: choose
person-add-to-role = Add another: { $role }
person-add = Add person
person-remove = Remove person

field-headline = Headline
field-subheadline = Subheadline
field-dateline-place = Place
field-dateline-date = Date
field-lead = Lead
field-paragraph = Paragraph { $n }
field-background = Background
field-signature = Signature
field-contacts = Contacts
field-status = Status
field-embargo = Embargoed until

placeholder-lead = The akim of the region met a delegation…
placeholder-paragraph = Paragraph text
placeholder-quote = The speaker’s words
placeholder-background = Background information

paragraph-add = Add paragraph
paragraph-remove = Remove paragraph
move-up = Move up
move-down = Move down

quote-n = Quote { $n }
quote-add = Add quote
quote-remove = Remove quote
quote-speaker = Speaker
quote-choose-speaker = Choose a person
quote-speaker-as = Named as
quote-speaker-as-placeholder = by name
quote-text = Words
quote-verb = Verb
quote-pick-verb = from the list
quote-placement = Position
quote-after-lead = right after the lead
quote-after-paragraph = after paragraph { $n }
quote-attribution = Attribution
attribution-after = after the quote: “…,” he said
attribution-before = before the quote: he said: “…”
attribution-reported = reported speech: … noted that …
quotes-empty = No quotes yet.

stat-n = Figure { $n }
stat-add = Add figure
stat-remove = Remove figure
stat-label = What it measures
stat-label-placeholder = the region’s trade with China
stat-value = Value
stat-scale = Scale
stat-unit = Unit
stat-placement = Where in the text
stat-placement-closing = at the close, with the other figures
stat-placement-after = after: “{ $words }”
stat-placement-table = only in the table
hint-stat-placement = A figure the text or a quote already gives is not repeated
stat-qualifier = How exact
stat-qualifier-exact = exactly
stat-period = Period
stat-period-placeholder = in 2024
stat-parts = Parts
part-label = exports
part-add = Add part
part-remove = Remove part
stat-change = Change on an earlier period
stat-change-percent = By, %
stat-compared = Compared with
stat-compared-placeholder = on 2023
stat-in-table = Also list in the figures table
stats-empty = No figures yet.
scale-one = ones

status-draft = Draft
status-ready = Ready
status-approved = Approved
status-sent = Sent

error-date = Not a date: type DD.MM.YYYY, for example 28.11.2026.
error-embargo = Not recognised: type a date and time, for example 28.11.2026 10:00.
placeholder-date = DD.MM.YYYY
placeholder-embargo = DD.MM.YYYY HH:MM
error-number = Not a number: use digits, with a comma or point for decimals: 148,9.
error-number-empty = Type a number.
error-number-separators = Unclear which is the decimal mark: keep only one, the comma (148,9).
error-font-size = Size from 6 to 72 points.
error-save = Could not save: { $error }
error-export = Could not export: { $error }
error-open = Could not open: { $error }
error-settings-save = Could not save the settings: { $error }

preview-title = How it will look
preview-empty = Fill in the fields on the left: the release appears here.

## Notices and questions
notice-saved = Saved: { $path }
notice-saved-default = No file dialog is available, so the release was saved in the default folder: { $path }
notice-exported = Exported: { $path }
notice-no-dialog-open = No file dialog is available. Open a release from Recent or from the folder { $path }
notice-settings-saved = Settings saved.
notice-startup-problems = Problems found at start (defaults are used):
prompt-title = Save changes?
prompt-unsaved = The release has unsaved changes. Save them before going on?
prompt-unsaved-quit = The release has unsaved changes. Save them before quitting?

## Settings
settings-title = Settings
settings-window = Window
settings-ui-language = Interface language
settings-theme = Theme
theme-light = Light
theme-dark = Dark
settings-folder = Folder for files when there is no dialog
hint-folder = Releases and exports go here when the system shows no file dialog. Empty means the default folder.
settings-kazakh-date = Dates in Kazakh text
hint-kazakh-date = How a date is written in the release's Kazakh version.
settings-archive = Archive folder
hint-archive = Every release is kept here: it can be the press office's shared folder (Nextcloud, Syncthing, OneDrive, a network drive). Empty means the default folder. Applies when you leave Settings.
hint-archive-env = Set by PRESSDESK_ARCHIVE: { $path }
error-archive-relative = Give the full path (e.g. /home/press/Nextcloud/Archive or D:\Archive); the previous folder stays in use meanwhile.
settings-organisation-section = Organisation
settings-organisation = Organisation name
settings-signature = Signature
settings-city = City (for the dateline)
settings-contacts = Contacts
hint-contacts = One line each: phone, email, website.
settings-documents = Documents
settings-default-language = Language of new releases
settings-docx-font = DOCX font
settings-docx-size = Size, pt
settings-docx-justified = Justify DOCX paragraphs
hint-docx-justified = Word hyphenates justified lines in the release’s language. LibreOffice, and Word without that language’s proofing tools, leave wide gaps instead: clear this for flush-left paragraphs.
settings-end-mark = Put “###” at the end of a release
settings-statistics-table = Figures table after the text
settings-typography = Typography

## Archive
home-recent-outside = Opened from outside the archive
archive-title = Archive
archive-loading = Reading the archive…
archive-indexing = Searching headlines and tags for now: the archive’s full text is still being read…
archive-trash = Trash
archive-damaged-count = { $count ->
    [one] { $count } damaged file
   *[other] { $count } damaged files
}
archive-updated = { $count ->
    [one] { $count } file updated
   *[other] { $count } files updated
}
archive-folder-hint = The archive folder; change it in Settings
archive-recover-title = Unsaved changes after a crash
archive-recover-when = Autosaved { $time }
archive-empty = No releases in the archive yet. Start a new release above — it is saved here — or bring in past ones with Import…
archive-nothing-found = Nothing found. Change the words or clear the filters.
archive-show-more = { $count ->
   *[other] Show { $count } more
}
archive-search-placeholder = Search every language: a word from a headline, text, quote or name
archive-all-statuses = All statuses
archive-all-templates = All genres
archive-all-languages = All languages
archive-all-years = All years
archive-all-tags = All tags
archive-newest-first = Newest first
archive-oldest-first = Oldest first
archive-clear-filters = Clear
archive-trash-empty = The trash is empty.
archive-conflict-copy = sync conflict copy
archive-newer-file = from a newer Pressdesk
archive-damaged-explained = These files cannot be read. They are not deleted: show them in the folder, or move them to quarantine (the .quarantine folder in the archive).
archive-moved-trash = Moved to the trash: { $path }
archive-restored = Restored: { $path }
archive-quarantined = Moved to quarantine: { $path }
action-recover = Recover
action-restore = Restore
action-use-as-basis = Use as the basis of a new release
archive-basis-as = New release from it, as:
action-export-again = Export to DOCX again
action-show-in-folder = Show in folder
action-delete = Delete (to the trash)
action-quarantine = Quarantine
action-reopen = Reopen for editing
action-reload-theirs = Load their version
action-keep-mine-copy = Keep mine as a copy
action-history = Version history
action-keep-version = Keep this version
action-close = Close
editor-locked = { $status }: this release is read-only. Reopen it to edit — this version stays in the history.
editor-newer-file = This file was written by a newer Pressdesk (format { $format }): view only, saving is off.
editor-changed-on-disk = This release was changed on disk (by a colleague or another program) while it was open.
editor-save-refused = Not saved: the file changed on disk after it was opened. Nothing was overwritten.
history-title = Version history
history-empty = No earlier versions yet. They are kept when an approved or sent release is reopened, and with “Keep this version”.
status-autosave-failed = Autosave failed: { $error }
notice-reopened = The release is open for editing; the approved version is kept in the history.
notice-basis = A new draft based on the release: dates and status cleared, facts kept.
notice-basis-genre = A new draft of another genre: people, partners and shared facts carried over; dates, texts, quotes and figures stay with the earlier release.
notice-recovered = The text was recovered from the autosave. Save the release to keep the changes.


## Checks
checks-title = Checks before sending
checks-none = The checks found nothing: sums add up, dates and names agree.
checks-none-short = Checked
text-check-title = Checking a text: { $name }
text-check-save-copy = Save corrected copy
text-check-saved = Corrected copy saved: { $path }. The original file is unchanged.
text-check-nothing-saved = The fixes could not be placed without doubt: the words occur more than once in the file, or formatting splits them. They are listed.
checks-count = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
checks-error = Error
checks-warning = Warning
checks-hint = Hint
checks-export-errors = { $count ->
    [one] The checks found { $count } error. Export anyway?
   *[other] The checks found { $count } errors. Export anyway?
}
action-fix = Fix
action-show-checks = Show findings
action-export-anyway = Export anyway

checks-settings-hint = Checks run as you type; those switched off show neither in the editor nor in “pressdesk check”.
checks-family-agreement = Agreement: a Russian verb and the gender of who spoke
checks-family-sums = Sums: parts and total, shares over 100 %, mixed units
checks-family-growth = Growth: the percentage and both periods, “growth” with a fall
checks-family-figures = Figures in the text: differences from the statistics and between languages
checks-family-dates = Dates: weekday, past events, “last year”, embargo
checks-family-leftovers = Template leftovers: [fields], hints, empty required fields
checks-family-alphabets = Mixed alphabets: Latin letters in Cyrillic words and back
checks-family-quotes = Quotes: quotation marks, speaker and position, a repeated verb
checks-family-names = Names: one person spelled two ways
checks-family-spelling = Spelling: words the dictionary does not know, marked red in the texts as you type
checks-family-length = Length: headline, lead, paragraphs, the whole release
checks-family-photos = Photos: a caption in every language, alt text, size for print and email
checks-limit-headline = Headline, characters
checks-limit-lead = Lead, words
checks-limit-paragraph = Paragraph, characters
checks-limit-release = Release, words

notice-eml-size = Message: { $kb } KB. Double-click the file: it opens as a draft, ready to address.
notice-eml-large = Message: { $kb } KB — over 20 MB; many mail servers refuse it.

## Typography rules
# What each typography rule does, as Settings lists it. The id is "rule-" and the rule's
# name with "/" made "-". The examples keep no-break spaces (U+00A0, narrow U+202F).

rule-space-line-breaks = Windows and old Mac line breaks become ordinary line breaks
rule-space-odd-spaces = Tabs and wide spaces pasted from elsewhere become ordinary spaces; invisible ones are removed
rule-nbsp-reset = No-break spaces already in the text become ordinary ones, so only the rules below place them (off by default: for text pasted with a no-break space between every word)
rule-space-trim-start = Spaces and empty lines before the text are removed
rule-space-trim-end = Spaces and empty lines after the text are removed
rule-space-line-start = Spaces at the start of a line are removed (indents are the template's job)
rule-space-line-end = Spaces at the end of a line are removed
rule-space-blank-lines = More than one empty line in a row becomes one
rule-space-repeated = Several spaces between words become one
rule-symbols-copyright = (c), (r) and (tm) become ©, ® and ™
rule-space-inside-brackets = No spaces just inside brackets
rule-space-before-bracket = A space before an opening bracket that follows a word
rule-space-before-punctuation = No space before a comma, full stop, colon, semicolon, question or exclamation mark
rule-punctuation-ellipsis = Three dots become an ellipsis
rule-punctuation-doubled = Marks typed twice by accident become one (,, ;; :: .. ?? !!); !!! stays, !!!! becomes !!!
rule-punctuation-question-exclamation = !? becomes ?! (the question comes first)
rule-punctuation-ellipsis-after-mark = ?… and !… become ?.. and !..; no comma after an ellipsis
rule-punctuation-apostrophe = A typewriter apostrophe inside a word becomes ’
rule-number-math-signs = !=, <=, >=, +- and similar pairs become ≠, ≤, ≥, ±
rule-number-times = x between numbers becomes the multiplication sign ×
rule-number-fraction = 1/2, 1/4 and 3/4 become ½, ¼ and ¾ (off by default: 1/2 is also a house number)
rule-space-after-comma = A space after a comma (not inside a number such as 148,9)
rule-space-after-colon = A space after a colon (not in times such as 12:00 or in web addresses)
rule-space-after-semicolon = A space after a semicolon
rule-space-after-sentence-mark = A space after a question or exclamation mark that ends a sentence
rule-space-after-ellipsis = A space after an ellipsis that ends a sentence
rule-space-glued-year = A space between a year and the word «год» or «жыл» typed together
rule-punctuation-comma-before-a-no = A comma before the conjunctions «а» and «но» joining two clauses
rule-hyphen-particles = Hyphens typed as spaces are restored: кое-, -то, -либо, -нибудь, -ка, -таки, из-за, из-под
rule-hyphen-kak-to = «как то» becomes «как-то», except before a colon or comma (как то: …, как то, что …)
rule-hyphen-de = The old particle «-де» (увижу-де) is hyphenated (off by default: «де» is also in names)
rule-number-ordinal-endings = Russian ordinal endings after a number shortened as the handbook writes them: 5-ый → 5-й, 22-ого → 22-го, 13-ому → 13-му
rule-dash-spaced = A hyphen between spaces becomes a dash, kept on the line of the word before it
rule-dash-direct-speech = Dashes of dialogue and attribution: «…», — отметил; a line opening with a dash
rule-dash-number-range = Ranges of numbers, years, times and centuries take an en dash: 2024–2025, 9:00–18:00
rule-dash-word-range = Ranges of months and weekdays take an en dash: январь–март, понедельник–пятница
rule-dash-pseudonym = A hyphen before the ending of a shortened pseudonym becomes a dash: Николай —он
rule-punctuation-quotes = Straight quotes become the language's own, nested: «…„…“» in Russian, «…“…”» in Kazakh, “…‘…’” in English
rule-number-decimal-comma = A decimal point in a figure becomes a decimal comma: 148,9 млн, 1,1 %
rule-number-percent = Per cent after a number: a no-break space before % (ГОСТ 8.417), or none, as the profile says
rule-money-rouble-sign = руб. and р. after an amount become the sign ₽ (off by default)
rule-number-scale-period = «тыс.» takes a period, «млн», «млрд» and «трлн» do not (unless it ends the sentence)
rule-symbols-square-cubic = м2 and м3 after a number become м² and м³
rule-nbsp-number-scale = A number stays with тыс., млн, млрд after it
rule-nbsp-scale-unit = млн, млрд stay with the currency or unit after them: 148,9 млн долларов
rule-nbsp-number-unit = A number stays with its unit or currency: 25 км, 1200 га, 500 тенге
rule-number-grouping = Numbers of five digits and more are grouped in thousands with a narrow no-break space: 24 000 (not years, not four-digit numbers)
rule-money-sign-after-amount = A currency sign follows the amount, with a no-break space: 100 ₸, 19,2 млн $
rule-nbsp-number-sign = №, § and ¶ stay with their number, after a narrow no-break space
rule-nbsp-address = Address abbreviations stay with the name or number: г. Туркестан, ул. Абая, д. 5
rule-nbsp-organisation-form = A legal form stays with the organisation's name: ТОО «Жарық»
rule-nbsp-initials = Initials stay together and with the surname: Д. А. Сатыбалды
rule-nbsp-abbreviations = Abbreviations of two words stay together: т. д., т. е., т. б., P. S.
rule-nbsp-reference = стр., рис., п., ст. and the like stay with their number; см. and им. with their word
rule-nbsp-year = A year stays with г., a century with в.; «г. г.» becomes «гг.»
rule-nbsp-day-month = A day stays with its month: 28 ноября
rule-nbsp-short-words = Words of one or two letters (в, и, на, по, ...) stay on the line with the next word
rule-nbsp-particles = Particles (ли, же, бы) stay on the line with the word before them
rule-nbsp-short-last-word = A word of up to three letters ending a sentence does not stand alone on a line
rule-nbsp-short-last-number = A number of one or two digits ending a sentence does not stand alone on a line
rule-nbsp-after-number = Any number stays with the word after it (off by default: units are enough)
rule-number-decimal-point = A decimal comma in a figure becomes a decimal point: 148.9 million

## Letterhead (Settings) and Copy for email (editor)
settings-letterhead-title = Letterhead
settings-letterhead = Put the letterhead at the top of DOCX and email: the logo over the organisation's name
settings-logo = Logo
settings-logo-placeholder = Full path of a PNG, JPEG or SVG file
action-choose-logo = Choose…
action-remove-logo = Remove
hint-logo = Optional. PNG, JPEG or SVG; it is scaled to 1.5 cm high in DOCX and 48 pixels in email.
hint-logo-checking = Reading the logo…
hint-logo-ready = The logo is ready: { $width } × { $height } pixels as printed.
error-logo-relative = Give the full path of the file, or use Choose…
hint-letterhead = The name comes from "Organisation name" above, in the release's language. In DOCX the letterhead stands on the first page only; every page is numbered at the bottom.
notice-logo-skipped = The letterhead went out without the logo: { $error }
action-copy-email = Copy for email
action-copy-email-tip = Copy the release with its formatting, to paste into a new message in Gmail, Outlook or Thunderbird
notice-copied = Copied. Paste it into a new message (Ctrl+V): the headline, quotes and table keep their look.
error-clipboard = Could not copy to the clipboard: { $error }
checks-copy-errors = { $count ->
    [one] The checks found { $count } error. Copy anyway?
   *[other] The checks found { $count } errors. Copy anyway?
}
action-copy-anyway = Copy anyway

# The release's dateline, credit and byline (editor/presentation.rs)
section-presentation = Dateline, credit, byline
dateline-in-lead = Dateline opens the lead, agency style: ASTANA, 5 December — …
field-agency = News agency
placeholder-agency = e.g. Kazinform
hint-agency = Written after the place when the dateline opens the lead
field-byline = Byline
placeholder-byline = the author's name
field-credit = Press service credit
hint-credit = The lead ends “…, according to” and the signature's words
credit-signature = signature at the end only
credit-lead-and-signature = in the lead and the signature
credit-lead-only = in the lead instead of the signature

# Short names, partners, the verb of a figure, the credit's words (issue 15)
person-short = Short name
person-short-placeholder = How later sentences name them: Seitkali
hint-person-short = For later mentions and quote attributions. Empty means the full name
partner-n = Partner { $n }
partner-organisation = Organisation
partner-region = City or region
partner-country = Country
partner-add = Add a partner
partner-remove = Remove the partner
hint-partners = The first partner is the “Partner” field above; the text writes organisation (city, country)
stat-verb = Verb in the Russian text
stat-verb-none = no verb: «Товарооборот — …»
hint-stat-verb = Agrees with the label: товарооборот составил, стоимость составила, инвестиции составили
stat-placement-after-lead = right after the lead
field-credit-words = How the lead names the press service
placeholder-credit-words = the press service of the regional akim
hint-credit-words = Empty means the signature’s words

## Paste and typeset
typeset-open = Paste and typeset
typeset-open-hint = Set a text from anywhere by the rules the exports use, and copy it out
typeset-title = Paste and typeset
typeset-placeholder = Paste or type a text here: a colleague's draft, a page, a quote from a TV caption. It is set as you type; nothing is saved.
typeset-paste = Paste
typeset-copy = Copy
typeset-copied = Typeset text copied, as HTML and plain text: a paste into Word or a mail keeps the no-break spaces.
typeset-clipboard-empty = The clipboard has no text to paste.
typeset-language-auto = Language of each paragraph
typeset-result = Typeset
typeset-show-marks = Show no-break spaces (°)

spelling-add-to-dictionary = Add to dictionary
spelling-no-suggestions = no suggestions
notice-word-added = «{ $word }» is in the office dictionary now (dictionary.txt in the archive folder).
settings-spelling-languages = Check spelling in:
settings-spelling-english = English spelling
settings-spelling-british = British (colour, organise)
settings-spelling-american = American (color, organize)
settings-renderer = Drawing the window
renderer-automatic = Automatic: the graphics card, software if it fails
renderer-gpu = Graphics card (GPU)
renderer-software = Software (for virtual machines and remote desktops)
renderer-now-gpu = Now: the graphics card.
renderer-now-software = Now: software, as chosen.
renderer-now-fallback = Now: software, because the graphics card could not start ({ $reason }).
renderer-next-start = A change applies when Pressdesk starts next.
spelling-suggesting = looking for suggestions…

## Photos
section-photos = Photos
photos-empty = No photos yet. Add pictures of the event: from a file, by dropping them onto the window, or by pasting from the clipboard.
photo-add = Add photos…
photo-paste = Paste from clipboard
photo-remove = Remove the photo (the file stays in the photos folder)
photo-loading = Loading…
photo-main = Main photo, right after the lead
photo-caption = Caption
photo-caption-placeholder = Who and what the photo shows
photo-alt = Alt text
photo-alt-placeholder = What can be seen in the photo
hint-photo-alt = Read by screen readers and by mail clients that block pictures; without it the caption is read.
photo-credit = Credit
photo-credit-placeholder = press office of the regional akim
photo-pasted-name = photo
notice-photo-failed = Not added: { $reasons }
notice-photos-not-carried = The release is saved, but not every photo was copied to the photos folder beside it:

## Import
import-button = Import…
import-hint = Bring in past releases from a folder of .docx, .odt, .txt, .md, .html and .eml files (or drop files and folders here). The originals are kept in the archive's originals folder.
import-progress = Importing: { $done } of { $total }
import-cancel = Cancel
import-cancelled = Import cancelled.
import-done = Imported into the archive: { $imported }, skipped as imported before: { $skipped }, not read: { $failed }.
