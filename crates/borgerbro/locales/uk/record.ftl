# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## My data: the record of processing (GDPR article 30) that administrators keep.

record-title = Обробка даних громадян
record-lead = Тут написано, які дані про громадян ми маємо і чому. Громадяни читають ті самі слова на сторінці «Мої дані». Пишіть коротко і просто: біля кожного тексту видно, наскільки легко його читати.
record-import = Імпортувати записи про обробку з файлу
record-export = Зберегти записи про обробку як JSON
record-imported =
    { $count ->
        [one] Імпортовано { $count } вид даних.
        [few] Імпортовано { $count } види даних.
        [many] Імпортовано { $count } видів даних.
       *[other] Імпортовано { $count } виду даних.
    }
record-missing = Тут ще нічого не написано. Громадяни бачать, що ми ще маємо це написати.
record-edit = Редагувати «{ $kind }»
record-edit-lead = Пишіть для громадянина так, щоб кожен зрозумів. Тексти пишуться данською: звертайтеся на «du» і пишіть короткими реченнями.
record-save = Зберегти
record-back = Назад до записів про обробку
record-yes = Так
record-no = Ні
record-no-deletion = Не видаляється через певний строк
record-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дні
        [many] { $count } днів
       *[other] { $count } дня
    }

record-category-person = Ваші дані про Вас
record-category-letters = Листи та додатки
record-category-answers = Ваші відповіді на листи
record-category-bookings = Записи на прийом
record-category-event-signups = Ваші реєстрації на курси та заходи
record-category-permissions = Дозволи для помічників
record-category-choices = Ваш вибір, наприклад пошта на папері і мова
record-category-feedback = Що Ви сказали про нашу допомогу
record-category-requests = Нотатки про помилки та запити
record-category-access-log = Хто переглядав Ваші дані

record-field-what = Що це
record-field-what-hint = Які це дані, звичайними словами.
record-field-purpose = Чому ми це маємо
record-field-purpose-hint = Для чого ми використовуємо ці дані.
record-field-legal-basis = Які правила нам це дозволяють
record-field-legal-basis-hint = Стаття Загального регламенту про захист даних (GDPR) і закон, на якому це ґрунтується.
record-field-source = Звідки ми це маємо
record-field-source-hint = Наприклад, від самого громадянина, з реєстру CPR або з іншої нашої системи.
record-field-recipients = Хто це отримує
record-field-recipients-hint = Кому ми передаємо дані, або «лише ми».
record-field-retention = Як довго ми це зберігаємо
record-field-retention-hint = Звичайними словами, так, як це прочитає громадянин.
record-field-retention-days = Видаляється через стільки днів
record-field-retention-days-hint = Кількість днів від появи даних до їх видалення. Залиште поле порожнім, якщо дані не видаляються через певний строк.
record-field-statistics = Використовується для статистики
record-field-machine-learning = Використовується для машинного навчання

record-error-category = Виберіть один із видів даних зі списку.
record-error-empty = Напишіть тут щось. Громадяни повинні мати змогу це прочитати.
record-error-too-long = Текст задовгий. Напишіть щонайбільше 1 000 символів.
record-error-days = Напишіть цілу кількість днів від 1 до 36 500 або залиште поле порожнім.

record-import-lead = Виберіть файл JSON такого самого типу, як той, що Ви отримуєте, коли зберігаєте записи про обробку. Кожен вид даних у файлі замінить той, що є зараз. Інші залишаться. Якщо у файлі є помилки, ми нічого не збережемо.
record-import-file = Файл із записами про обробку
record-import-file-hint = Файл JSON з "entries". Щонайбільше 256 KB.
record-import-submit = Імпортувати
record-import-no-file = Виберіть файл.
record-import-bad-json = Файл не вдається прочитати. Це має бути JSON з "entries", як тоді, коли Ви зберігаєте записи про обробку.
record-import-empty = У файлі немає записів про обробку.
record-import-entries = У файлі є помилки. Нічого не збережено. Перегляньте помилки нижче.
record-import-twice = Цей вид даних є у файлі двічі.
record-import-problems =
    { $count ->
        [one] { $count } помилка у файлі
        [few] { $count } помилки у файлі
        [many] { $count } помилок у файлі
       *[other] { $count } помилки у файлі
    }
record-import-entry = Номер
record-import-field = Поле
record-import-problem = Помилка

## My data: the citizen's overview.

overview-title = Мої дані
overview-title-for = Дані про: { $name }
overview-link = Що ми маємо про Вас
overview-lead = Тут Ви бачите, які дані про Вас має комуна (kommune, місцева влада), чому вони в нас і як довго ми їх зберігаємо. Описи написані данською мовою. Якщо щось неправильно, Ви можете написати нам про це.
overview-count =
    { $count ->
        [0] Немає
        [one] Усього: { $count }
        [few] Усього: { $count }
        [many] Усього: { $count }
       *[other] Усього: { $count }
    }
overview-count-unknown = Ми не знаємо, які з них Ваші. На відповідях немає Вашого імені.
overview-see = Переглянути: { $kind }
overview-missing = Ми ще не написали, для чого ми це використовуємо. Якщо хочете знати, запитайте в Borgerservice (центр обслуговування громадян).
overview-field-what = Що це
overview-field-purpose = Чому ми це маємо
overview-field-legal-basis = Які правила нам це дозволяють
overview-field-source = Звідки ми це маємо
overview-field-recipients = Хто це отримує
overview-field-retention = Як довго ми це зберігаємо
overview-statistics = Чи використовуємо ми це для статистики?
overview-machine-learning = Чи використовуємо ми це для машинного навчання?

## My data: who has looked at your data.

log-title = Хто переглядав Ваші дані
log-lead = Тут Ви бачите кожен випадок, коли хтось інший, а не Ви, переглядав або змінював Ваші дані: хто, коли, що і чому. Найновіші записи — першими.
log-chain = Цей список не можна змінити непомітно. Кожен рядок пов’язаний із попереднім.
log-filter-label = Показати
log-filter-button = Показати
log-who-all = Усі
log-who-staff = Працівник
log-who-helper = Помічник
log-who-system = Система
log-on-behalf = від Вашого імені
log-why = Чому
log-no-reason = Причину не вказано.
log-none = Ніхто інший не переглядав Ваші дані.
log-older = Показати старіші
log-back = Назад до розділу «Мої дані»
log-system-name = Сама система Borgerbro
log-unknown-system = Система, якої ми вже не знаємо
log-unknown-person = Людина, якої ми вже не знаємо
log-bad-filter = Виберіть: усі, працівники, помічники або системи.
log-bad-cursor = Адреса неправильна. Поверніться на першу сторінку списку.

## Who looked: what happened and why, in plain words.

log-what-reported = переглянуто або використано Ваші дані в іншій системі комуни
log-what-login = уперше виконано вхід у систему
log-what-apikey = змінено доступ для іншої системи
log-what-booking-read = переглянуто Ваші записи на прийом
log-what-booking-create = створено запис на прийом для Вас
log-what-booking-move = перенесено один із Ваших записів на прийом
log-what-booking-cancel = скасовано один із Ваших записів на прийом
log-what-booking-rung = Вам зателефонували щодо запису на прийом
log-what-exemption-start = Вам призначено отримання листів на папері
log-what-exemption-end = Вам знову призначено отримання цифрових листів
log-what-mandate-give = помічнику надано дозвіл допомагати Вам
log-what-mandate-accept = надано згоду допомагати Вам
log-what-mandate-change = змінено дозвіл для помічника
log-what-mandate-end = припинено дозвіл для помічника
log-what-mandate-resume = відновлено дію дозволу
log-what-mandate-code = створено або випробувано код помічника
log-what-mandate-receipt = створено підтвердження дозволу
log-what-mandate-read = переглянуто Ваші дозволи для помічників
log-what-refused = була спроба переглянути Ваші дані, але доступу не надано
log-what-overview = переглянуто огляд Ваших даних
log-what-notes = переглянуто Ваші нотатки про помилки
log-what-note-write = написано нотатку про помилку від Вашого імені
log-what-note-answer = надано відповідь на Вашу нотатку
log-what-requests = переглянуто Ваші запити щодо Ваших даних
log-what-request-make = створено запит щодо Ваших даних від Вашого імені
log-what-request-answer = надано відповідь на Ваш запит
log-what-request-extend = продовжено строк відповіді на Ваш запит
log-what-request-due = надіслано нам нагадування відповісти на Ваш запит
log-what-record = змінено опис того, що ми зберігаємо
log-what-export = завантажено всі Ваші дані одним файлом
log-what-export-print = роздруковано всі Ваші дані
log-what-retention = видалено старі дані, які ми більше не можемо зберігати
log-what-person = переглянуто Ваші особисті дані
log-what-protect = змінено захист Ваших особистих даних
log-what-person-create = Вас зареєстровано в нашій системі
log-what-letter-read = відкрито один із Ваших листів
log-what-letters = переглянуто список Ваших листів
log-what-letter-status = перевірено, чи Ви прочитали лист
log-what-letter-reply = надано відповідь на лист від Вашого імені
log-what-letter-send = Вам надіслано лист
log-what-letter-escalate = вжито додаткових заходів щодо листа, який Ви не відкрили
log-what-exemption-offer = Вам запропоновано отримувати листи на папері
log-what-letter-print = роздруковано лист або надіслано його Вам на папері
log-what-other = виконано іншу дію з Вашими даними
log-why-retention = Ми не зберігаємо дані довше, ніж дозволяють правила.
log-why-login = Ви увійшли в систему, і ми мали знати, хто Ви.
log-why-admin = Щоб підтримувати порядок у системі.
log-why-booking = Щоб відбувся Ваш прийом.
log-why-your-choice = Це був Ваш вибір.
log-why-permission = Щоб керувати тим, хто може Вам допомагати.
log-why-refused = Ця людина не мала дозволу. Жодних даних не показано.
log-why-for-you = Щоб допомогти Вам.
log-why-note = Щоб відповісти на Вашу нотатку.
log-why-request = Щоб вчасно відповісти на Ваш запит.
log-why-protect = Щоб захистити Ваші дані.
log-why-register = Щоб ми могли писати Вам і допомагати.
log-why-follow-up = Щоб нагадати про лист, який ми Вам надіслали.
log-why-letter = Щоб повідомити Вам щось.
log-why-unread = Ви не відкрили важливий лист.
log-why-paper = Ви отримуєте листи на папері, або Вам потрібна була копія.
log-from = З дня
log-to = До дня
log-day-hint = Наприклад, 2026-11-23. Залиште поле порожнім, щоб побачити все.
log-in-system = У системі
log-bad-day = Напишіть день як рік-місяць-день, наприклад 2026-11-23.
log-unit-front-desk = Borgerservice
log-unit-caseworker = Розгляд справ
log-unit-project = Проєкти
log-unit-dpo = Захист даних
log-unit-citizens-adviser = Радник громадян
log-unit-it = ІТ
log-unit-network = Мережа
access-report-empty = Надішліть щонайменше один запис.
access-report-too-many = Надсилайте щонайбільше 1 000 записів за раз.
access-report-missing = Напишіть тут щось.
access-report-too-long = Текст задовгий.
access-report-unreadable = Запис не вдалося прочитати: кожне поле має бути текстом, як описано в /api/v1/openapi.json.
access-report-person = Вкажіть людину через person_id або cpr.
access-report-unknown-person = Ми не знаємо цієї людини.
access-report-actor = Вкажіть, хто переглядав (actor).
access-report-actor-kind = Хто переглядав, має бути staff, helper або system.
access-report-at = Напишіть час у форматі RFC 3339, наприклад 2026-11-23T10:05:00Z.
access-report-future = Цей час у майбутньому.
log-bad-time = Напишіть час у форматі RFC 3339 або як день, наприклад 2026-11-23.
log-what-access-log = переглянуто список того, хто переглядав Ваші дані
log-what-request-read = переглянуто Ваш запит щодо Ваших даних

## Front desk: why are you opening the citizen's data?

desk-reason-title = Чому Ви відкриваєте дані цієї людини
desk-reason-lead = Громадянин може бачити, хто переглядав його дані і чому. Коротко напишіть, чому Ви відкриваєте їх зараз. Це діє для цього громадянина, доки Ви не вийдете із системи, але щонайбільше 8 годин.
desk-reason-label = Чому
desk-reason-hint = Наприклад, «Громадянин телефонував щодо свого запису на прийом» або номер справи.
desk-reason-button = Продовжити
desk-reason-carried = Ви збираєтеся змінити дані громадянина. Спочатку напишіть чому. Те, що Ви заповнили, не втрачено: це буде надіслано, коли Ви натиснете кнопку.
desk-reason-send = Надіслати з причиною
desk-reason-back = Назад до Borgerservice
desk-reason-missing = Напишіть, чому Ви відкриваєте дані громадянина.
desk-reason-too-long = Напишіть щонайбільше 200 символів.
## Download my data (mydata::export)
export-heading = Завантажити мої дані
export-lead = Завантажте все, що комуна (kommune, місцева влада) має про Вас, одним файлом (ZIP). У ньому є Ваші відомості у форматі даних (JSON і CSV — їх можна відкрити в програмі для таблиць), а також Ваші листи та додатки у форматі PDF.
export-lead-for = Завантажте все, що комуна має про цю людину ({ $name }), одним файлом (ZIP): дані (JSON і CSV), а також листи та додатки у форматі PDF. { $name } побачить, що Ви це завантажили.
export-button = Завантажити мої дані
export-button-for = Завантажити дані: { $name }
export-print = Роздрукувати все одним PDF
export-print-made = Роздруковано: { $date }
export-print-none = Немає.
export-print-cancelled = скасовано
export-signup-seat = є місце
export-signup-waiting = у списку очікування
export-signup-cancelled = реєстрацію скасовано
export-signup-came = присутність: так
export-signup-did-not-come = присутність: ні
export-signup-made = дата реєстрації: { $date }
export-print-left-out-unreadable = Додаток { $number } ({ $filename }) не включено до роздруківки, бо файл не вдається прочитати як PDF. Роздрукуйте його окремо.
export-print-left-out-encrypted = Додаток { $number } ({ $filename }) не включено до роздруківки, бо файл захищений паролем. Роздрукуйте його окремо.
export-print-left-out-too-big = Додаток { $number } ({ $filename }) не включено до роздруківки, бо файл завеликий. Роздрукуйте його окремо.
export-print-feedback = Відповіді на запитання «Чи було це легко?» зберігаються без імені. Тому ми не можемо побачити, які з них Ваші.
export-field-name = Ім’я
export-field-cpr = Номер CPR (персональний ідентифікаційний номер)
export-field-address = Адреса
export-field-phone = Телефон
export-field-paper-post = Пошта на папері
export-field-language = Мова
