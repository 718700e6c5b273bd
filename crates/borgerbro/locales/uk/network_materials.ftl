# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.
# The network's materials: draft, review by another member, published (network::materials).

material-network = Мережа цифрової інклюзії
material-list-title = Матеріали від мережі
material-list-lead = Інструкції, листівки, контрольні списки, відео та слайди, які створили учасники мережі. Інший учасник перевірив кожен матеріал, перш ніж він потрапив сюди. Користуйтеся ними.
material-any = Усі
material-filter-button = Показати матеріали
material-found =
    { $count ->
        [one] { $count } матеріал
        [few] { $count } матеріали
        [many] { $count } матеріалів
       *[other] { $count } матеріалів
    }
material-none = Немає матеріалів, які підходять. Спробуйте вибрати менше умов.
material-for = Для: { $groups }
material-made-by = Створено
material-former-member = колишній учасник
material-from-former-member = { $organisation } більше не в мережі. Матеріал залишається тут, але він від колишнього учасника.
material-reviewed-by = Перевірено: { $organisation }, { $date }.
material-reviewed-by-label = Перевірено
material-review-due-label = Перевірити знову до
material-due-again = Потрібна нова перевірка
material-due-since = Матеріал треба було перевірити знову { $date }. Інший учасник може перевірити його зараз. Тим часом він залишається відкритим.
material-source-label = Джерело
material-adapted-from = Адаптовано з
material-feed-link = Стежити за новими матеріалами (Atom-стрічка)
material-api-link = Матеріали як дані (API)
material-status-is = Матеріал не відкритий. Статус: { $status }.
material-status-draft = Чернетка
material-status-in-review = На перевірці
material-status-published = Опубліковано
material-open-video = Переглянути відео
material-open-slides = Переглянути слайди
material-download-pdf = Завантажити PDF
material-you-heading = Для вашої організації
material-edit-button = Редагувати чернетку
material-submit-button = Надіслати на перевірку
material-submit-heading = Готово до перевірки?
material-submit-text = Коли ви надішлете матеріал на перевірку, ви більше не зможете його редагувати. Інший учасник мережі прочитає його і схвалить або напише, що треба змінити.
material-see-page = Переглянути сторінку матеріалу
material-review-button = Перевірити матеріал
material-copy-text = Хочете використати матеріал по-своєму? Зробіть копію. Копія стане чернеткою { $organisation } і показуватиме, звідки вона.
material-copy-button = Зробити копію, яку можна адаптувати
material-changes-asked = { $organisation } перевірила матеріал { $date } і просить вас його змінити:
material-changed-on = Змінено { $date }
material-sent-on = Надіслано { $date }
material-is-copy = Копія

material-own-title = Ваші матеріали
material-own-lead = Матеріали від { $organisation }: чернетки, матеріали на перевірці та опубліковані матеріали.
material-own-due-lead = Минув рік відтоді, як їх перевірили. Інший учасник має перевірити їх знову. Тим часом вони залишаються відкритими.
material-own-draft = Чернетки
material-own-in-review = На перевірці
material-own-published = Опубліковано
material-own-none = Поки що немає.

material-new-title = Новий матеріал
material-edit-title = Редагувати матеріал
material-form-lead = Напишіть матеріал і збережіть його як чернетку. Ми перевіряємо текст на зрозумілість, а PDF — на доступність. Ви можете редагувати чернетку скільки завгодно, перш ніж надіслати її на перевірку.
material-field-title = Назва
material-field-summary = Коротко
material-field-summary-hint = Одне-два речення про те, що це за матеріал і для кого він.
material-field-format = Вид матеріалу
material-field-format-hint = Листівка — це PDF. Відео — це посилання. Слайди можуть бути посиланням або PDF.
material-field-format-choose = Виберіть вид
material-field-target-groups = Цільові групи
material-field-target-groups-hint = Для кого написаний матеріал? Виберіть щонайменше одну.
material-field-target-group = Цільова група
material-field-languages = Мови
material-field-languages-hint = Якою мовою матеріал? Перша мова, яку ви виберете, — мова самого матеріалу.
material-field-language = Мова
material-field-topics = Теми
material-field-topic = Тема
material-field-body = Текст
material-field-body-hint = Сама інструкція або контрольний список. Для інших видів: про що матеріал. Пишіть ## перед заголовком і - перед пунктом.
material-field-link = Посилання
material-field-link-hint = Для відео або слайдів: адреса, що починається з https://
material-field-file = PDF
material-field-file-hint = Для листівки або слайдів: PDF розміром до 20 МБ.
material-field-file-now = Поточний PDF
material-field-file-remove = Видалити PDF
material-save-button = Зберегти чернетку

material-format-guide = Інструкція
material-format-leaflet = Листівка
material-format-checklist = Контрольний список
material-format-video = Відео
material-format-slides = Слайди

material-topic-mitid = MitID
material-topic-digital-post = Digital Post
material-topic-fraud = Шахрайство
material-topic-banking = Інтернет-банк і платежі
material-topic-borger-dk = borger.dk і самообслуговування
material-topic-health = Здоров'я
material-topic-apps = Застосунки
material-topic-basics = Перші кроки
material-topic-helpers = Допомога іншим

material-target-everyone = Усі
material-target-elderly = Літні люди
material-target-new-in-denmark = Нові в Данії
material-target-disability = Люди з інвалідністю
material-target-reading = Люди, яким важко читати
material-target-young = Молодь
material-target-volunteers = Волонтери та помічники

material-checks-heading = Перевірка матеріалу
material-checks-lead = Ось що знаходять наші перевірки. Використовуйте це як допомогу, коли пишете і перевіряєте.
material-check-lix = LIX { $lix }
material-check-no-findings = Перевірка не знайшла нічого, що треба змінити.
material-check-danish-only = Перевірка зрозумілості читає лише данську. Текст не перевірено.
material-check-pdf-text = Текст у PDF
material-check-pdf = Доступність PDF
material-check-pdf-tagged = PDF має теги, тож програма зчитування з екрана може його прочитати.
material-check-pdf-not-tagged = PDF не має тегів. Програмі зчитування з екрана може бути важко його прочитати.
material-check-pdf-lang = PDF вказує, якою мовою він написаний: { $lang }.
material-check-pdf-no-lang = PDF не вказує, якою мовою він написаний. Тоді програма зчитування з екрана може читати його з неправильною вимовою.
material-check-pdf-text-found = Текст можна прочитати з PDF.
material-check-pdf-no-text = У PDF немає тексту. Можливо, це зображення. Тоді програма зчитування з екрана не може його прочитати.

material-to-review-title = На перевірку
material-to-review-lead = Матеріали від інших учасників, які чекають на перевірку. Свої власні ви перевіряти не можете.
material-to-review-none = Зараз на вас не чекає жоден матеріал.
material-review-title = Перевірити матеріал
material-review-lead = Прочитайте матеріал і подивіться на перевірку. Позначте те, що правда. Якщо всі три пункти правда, матеріал стане відкритим.
material-review-again-lead = Матеріал треба було перевірити знову { $date }. Якщо всі три пункти досі правда, він залишиться відкритим ще на рік. Якщо ні, він повернеться в чернетку.
material-review-legend = Чи є матеріал
material-review-hint = Позначте те, що правда.
material-review-correct = правильним?
material-review-understandable = зрозумілим для цільової групи?
material-review-up-to-date = актуальним?
material-review-comment = Коментар
material-review-comment-hint = Напишіть, що треба змінити. Якщо позначено не всі три пункти, ви маєте написати коментар.
material-review-send = Надіслати перевірку

material-saved-created = Чернетку збережено.
material-saved-changed = Чернетку збережено.
material-saved-submitted = Матеріал надіслано на перевірку.
material-saved-copied = Копію зроблено. Тепер це ваша чернетка.
material-saved-approved = Дякуємо. Матеріал тепер відкритий.
material-saved-changes = Дякуємо. Матеріал повернуто з вашим коментарем.

material-snippet-title = Показати матеріали на вашому сайті
material-snippet-lead = Скопіюйте код і вставте його на свій сайт. У ньому лише посилання і текст. Він працює без нашого дизайну.
material-snippet-own = Лише ваші матеріали
material-snippet-make = Створити код
material-snippet-code = Код
material-snippet-copy-label = HTML для вашого сайту
material-snippet-copy-hint = Виділіть усе і скопіюйте.
material-snippet-preview = Як це виглядає
material-snippet-heading = Матеріали про цифрові справи
material-snippet-more = Переглянути всі матеріали мережі цифрової інклюзії
material-snippet-events-heading = Курси та заходи
material-snippet-events-more = Переглянути всі курси та заходи

material-error-title = Напишіть назву.
material-error-summary = Коротко напишіть, що це за матеріал.
material-error-format = Виберіть вид матеріалу.
material-error-body = Напишіть інструкцію або контрольний список.
material-error-link = Напишіть адресу, що починається з https://
material-error-link-video = Напишіть посилання на відео.
material-error-slides = Напишіть посилання на слайди або виберіть PDF.
material-error-file-leaflet = Листівка — це PDF. Виберіть PDF.
material-error-target-groups = Виберіть щонайменше одну цільову групу, щоб інші бачили, для кого матеріал.
material-error-languages = Виберіть мову матеріалу.
material-error-topics = Виберіть теми зі списку.
material-error-too-long = Текст задовгий.
material-error-pdf-empty = Файл порожній. Виберіть інший.
material-error-pdf-too-large = Файл завеликий. PDF може бути не більше 20 МБ.
material-error-pdf-not-pdf = Файл не є PDF. Збережіть його як PDF і виберіть знову.
material-error-pdf-too-complex = Ми не можемо прочитати PDF, бо він надто складний. Збережіть його знову як PDF, наприклад через «Друк у PDF».
material-error-pdf-unreadable = Ми не можемо прочитати PDF. Можливо, він захищений паролем або пошкоджений.
material-error-upload-broken = Форма надійшла не повністю. Спробуйте ще раз.
material-error-filter = Виберіть значення зі списку.
material-error-comment = Напишіть, що треба змінити, щоб автори матеріалу знали.
material-error-not-yours = Матеріал від іншої організації.
material-error-not-draft = Матеріал не є чернеткою. Його зараз не можна редагувати чи надіслати.
material-error-own-organisation = Ви не можете перевіряти власний матеріал. Його має перевірити інший учасник мережі.
material-error-not-due = Матеріал ще не потребує нової перевірки.
material-error-owner-left = Організація, що створила матеріал, вийшла з мережі, тому його не можна перевірити. Якщо хочете його використати, зробіть копію й надішліть її на перевірку.
material-error-not-in-review = Матеріал не надіслано на перевірку.
material-error-reviewed = Інший учасник щойно перевірив матеріал.
