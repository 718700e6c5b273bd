# Reviewed by a native speaker: no. Translated by the team from the Danish source, 2026-12-06.

## Courses and events in the network for digital inclusion (network/events).

events-title = Курси та заходи
events-lead = Вчіться цифрових справ разом з іншими: ІТ-кафе, курси для початківців, допомога, щоб розпізнати шахрайство, і громадяни, які навчають одне одного. Це безкоштовно. Зареєструйтеся тут або зателефонуйте нам.
events-back = Назад
events-mine = Ви зареєстровані
events-you-have-seat = У вас є місце.
events-you-have-seat-text = Ми надішлемо вам нагадування перед початком. Не можете прийти? Тоді скасуйте реєстрацію, щоб ваше місце отримав хтось інший.
events-you-wait = Ви номер { $position } у списку очікування.
events-you-wait-text = Ви отримаєте місце автоматично, якщо хтось інший скасує реєстрацію. Тоді ви також отримаєте нагадування.
events-organising = Ваші заходи
events-new-link = Створити захід
events-organising-none = Ви ще не створили жодного заходу.
events-cancelled-short = скасовано
events-attendees-link = Подивитися, хто прийде
events-find = Знайти захід
events-filter-from = Від дня
events-filter-to = До дня
events-filter-day-hint = Наприклад 14.12.2026. Залиште поле порожнім для всіх днів.
events-filter-place = Місце
events-filter-any-place = Усі місця
events-filter-language = Мова
events-filter-any-language = Усі мови
events-filter-kind = Вид
events-filter-any-kind = Усі види
events-filter-submit = Показати заходи
events-found =
    { $count ->
        [0] Немає заходів
        [one] { $count } захід
        [few] { $count } заходи
       *[other] { $count } заходів
    }
events-none = Немає заходів, які відповідають вашому вибору. Спробуйте вибрати менше.
events-feed-link = Стежте за заходами у програмі для стрічок (Atom)
events-feed-title = { $authority }: курси та заходи
events-feed-seats = Вільних місць: { $free }
events-held-in = Мова: { $language }
events-by = Проводить { $organiser }
events-free-seats =
    { $count ->
        [0] Немає вільних місць
        [one] { $count } вільне місце
        [few] { $count } вільні місця
       *[other] { $count } вільних місць
    }
events-full = Вільних місць немає.
events-full-waiting = Місць немає, але можна записатися в список очікування
events-waiting-count =
    { $count ->
        [0] у списку очікування нікого немає
       *[other] у списку очікування: { $count }
    }
events-when = { $day } о { $from }-{ $to }

events-kind-drop-in = Приходьте, коли зручно
events-kind-course = Курс
events-kind-peer-teaching = Громадяни навчають громадян
events-kind-it-cafe = ІТ-кафе
events-kind-fraud-session = Це шахрайство?
events-kind-other = Інше

events-channel-online = Сам(а) онлайн
events-channel-desk = На стійці обслуговування або телефоном
events-channel-helper = Через помічника
events-channel-api = Через іншу систему

events-is-cancelled = Захід скасовано.
events-when-label = Коли
events-where-label = Де
events-language-label = Мова
events-organiser-label = Проводить
events-seats-label = Місця
events-about = Про захід
events-accessibility = Доступ і допомога на місці
events-sign-up-heading = Реєстрація
events-no-sign-up-cancelled = Захід скасовано. Зареєструватися не можна.
events-no-sign-up-begun = Захід уже почався. Зареєструватися або скасувати реєстрацію вже не можна.
events-cancel-button = Скасувати мою реєстрацію
events-full-text = Вільних місць немає. Запишіться в список очікування. Тоді ви отримаєте місце автоматично, якщо хтось інший скасує реєстрацію.
events-wait-button = Записати мене в список очікування
events-sign-up-button = Зареєструвати мене
events-log-in = Увійдіть, щоб зареєструватися
events-call = Ви також можете зателефонувати нам за номером { $phone }. Тоді ми вас зареєструємо.
events-helper-heading = Зареєструвати того, кому ви допомагаєте
events-helper-link = Зареєструвати { $name }
events-desk-link = Зареєструвати громадянина, який телефонує або приходить
events-organiser-heading = Для організатора
events-edit-link = Змінити захід
events-cancel-event-text = Потрібно скасувати захід? Усі зареєстровані, яких ми знаємо, отримають про це лист.
events-cancel-event-button = Скасувати захід

events-saved-seat = Ви зареєстровані, і у вас є місце.
events-saved-waiting = Вас записано в список очікування під номером { $position }.
events-saved-cancelled = Вашу реєстрацію скасовано.
events-saved-created = Захід створено. Тепер громадяни можуть реєструватися.
events-saved-changed = Зміни збережено.
events-saved-event-cancelled = Захід скасовано. Зареєстровані отримають лист.
events-saved-attendance = Присутність збережено.
events-saved-signup-cancelled = Реєстрацію скасовано. Якщо хтось був у списку очікування, він отримав місце.

events-new-title = Створити захід
events-edit-title = Змінити захід
events-form-lead = Захід проводить { $organiser }. Пишіть так, щоб усі зрозуміли.
events-field-title = Назва
events-field-title-hint = Коротко і зрозуміло, наприклад "Перші кроки з MitID".
events-field-kind = Вид
events-field-choose = Виберіть
events-field-place = Місце
events-field-place-hint = Місце має бути в списку місць, де можна отримати допомогу.
events-field-day = День
events-field-day-hint = Наприклад 14.12.2026.
events-field-starts = Початок о
events-field-ends = Кінець о
events-field-time-hint = Наприклад 10.00.
events-field-language = Мова
events-field-language-hint = Мова, якою говоритимуть. Напишіть назву й опис цією мовою.
events-field-seats = Кількість місць
events-field-seats-hint = Число від 1 до 1000.
events-field-description = Опис
events-field-description-hint = Чого навчаться учасники і що їм треба взяти з собою?
events-field-accessibility = Доступ і допомога на місці
events-field-accessibility-hint = Наприклад: ліфт, туалет для людей з інвалідністю, індукційна петля, великий екран.
events-new-button = Створити захід
events-edit-button = Зберегти зміни

events-error-too-long = Текст задовгий. Скоротіть його.
events-error-title = Напишіть назву.
events-error-kind = Виберіть, який це захід.
events-error-place = Виберіть місце зі списку.
events-error-day = Напишіть день так: 14.12.2026.
events-error-time = Напишіть час так: 10.00.
events-error-ends-before = Час завершення має бути пізніше за час початку.
events-error-past = Захід має бути в майбутньому. Виберіть день і час, які ще не минули.
events-error-language = Виберіть мову зі списку.
events-error-seats = Напишіть кількість місць від 1 до 1000.
events-error-seats-below-taken = Місце вже мають більше людей, ніж це число. Напишіть щонайменше стільки місць, скільки зайнято.
events-error-description = Напишіть опис.
events-error-name = Напишіть ім'я.
events-error-phone-missing = Напишіть номер телефону, щоб організатор міг зателефонувати.
events-error-phone = Напишіть номер телефону з 8 цифр або з + і кодом країни.
events-error-cpr = Напишіть номер CPR з 10 цифр, наприклад 010203-1234.
events-error-cpr-unknown = Ми не знаємо такого номера CPR. Перевірте номер або зареєструйте за іменем і номером телефону.
events-error-citizen = Ми не знаємо такого громадянина.
events-error-filter-day = Напишіть день так: 14.12.2026.
events-error-api-time = Напишіть час у форматі RFC 3339 або як день (2026-12-14).
events-error-api-language = Вкажіть мову одним із кодів з опису API, наприклад da.
events-error-api-place = Місце має бути ідентифікатором місця допомоги, як його повертає GET /api/v1/help/places.
events-name-removed = (ім'я видалено після строку зберігання)
events-error-cancelled = Захід скасовано.
events-error-begun = Захід уже почався, тому його не можна змінити.
events-error-not-open = Захід скасовано або він уже почався. Реєструватися чи щось змінювати вже не можна.
events-error-already = Громадянин уже зареєстрований на цей захід.
events-error-not-signed-up = Немає реєстрації, яку можна скасувати.
events-error-not-begun = Записати, хто прийшов, можна тільки після початку заходу.
events-error-full-waiting = Місць немає. Реєстрацію записано в список очікування. Див. "position".

events-attendees-title = Хто прийде
events-attendees-private = Цей список тільки для вас як організатора. Використовуйте його лише для заходу. Громадяни бачать, що ви його переглядали.
events-seats-taken =
    { $count ->
        [0] Ні в кого немає місця
       *[other] Мають місце: { $count }
    }
events-to-call =
    { $count ->
        [one] { $count } зареєстрована особа не отримає листа. Зателефонуйте й нагадайте про захід.
       *[other] Не отримають листа: { $count }. Зателефонуйте їм і нагадайте про захід.
    }
events-attendees-seats = Мають місце
events-attendees-none = Ще ніхто не зареєструвався.
events-col-name = Ім'я
events-col-phone = Телефон
events-col-channel = Як зареєстровано
events-col-letter = Нагадування
events-col-came = Прийшов(-ла)
events-col-actions = Скасувати
events-col-position = №
events-gets-letter = Отримає лист
events-call-them = Зателефонуйте
events-came-label = { $name } прийшов(-ла)
events-cancel-for = Скасувати реєстрацію { $name }
events-attendance-button = Зберегти присутність
events-attendees-waiting = Список очікування
events-attendees-no-waiting = У списку очікування нікого немає.
events-attendees-waiting-text = Якщо хтось із місцем скасує реєстрацію, перший у списку отримає місце автоматично.
events-attendees-cancelled = Скасували реєстрацію

events-desk-title = Зареєструвати громадянина
events-desk-made-seat = { $name } зареєстровано, є місце.
events-desk-made-waiting = { $name } записано в список очікування під номером { $position }.
events-desk-registered = Громадянин з номером CPR
events-field-cpr = Номер CPR
events-field-cpr-hint = Вас попросять написати, чому ви відкриваєте дані громадянина. Громадянин отримає нагадування у свою пошту.
events-desk-unregistered = Громадянин без номера CPR
events-desk-unregistered-text = Напишіть ім'я і номер телефону. Громадянин не отримає листа. Організатор зателефонує.
events-field-name = Ім'я
events-field-phone = Номер телефону
events-field-phone-hint = 8 цифр або з + і кодом країни.
events-desk-button = Зареєструвати

events-for-title = Зареєструвати { $name }
events-for-saved-seat = { $name } зареєстровано, є місце.
events-for-saved-waiting = { $name } записано в список очікування під номером { $position }.
events-for-saved-cancelled = Реєстрацію { $name } скасовано.
events-for-has-seat = { $name } зареєстровано, є місце.
events-for-waits = { $name } номер { $position } у списку очікування.
events-for-cancel-button = Скасувати реєстрацію { $name }
events-for-letter = { $name } отримає нагадування у свою пошту перед початком.
events-for-button = Зареєструвати { $name }
events-for-look-only = Ваш дозвіл дає змогу тільки переглядати. Зареєструвати не можна.

events-at-place = Курси та заходи тут
events-at-place-all = Переглянути всі заходи тут

events-letter-reminder-subject = Нагадування: { $title } { $day }
events-letter-reminder-body = Ви зареєстровані на { $title }.

    - **Коли:** { $when }
    - **Де:** { $place }

    Не можете прийти? Тоді скасуйте реєстрацію в розділі "Курси та заходи" або зателефонуйте нам. Тоді ваше місце зможе отримати хтось інший.
events-letter-moved-up-subject = У Вас є місце: { $title } { $day }
events-letter-moved-up-body = Звільнилося місце, і воно Ваше. Тепер Ви зареєстровані на { $title }.

    - **Коли:** { $when }
    - **Де:** { $place }

    Не можете прийти? Скасуйте реєстрацію в розділі «Курси та заходи» або зателефонуйте нам, щоб місце отримав хтось інший.
events-letter-cancelled-subject = Скасовано: { $title } { $day }
events-letter-cancelled-body = На жаль, ми мусимо скасувати { $title }.

    - **Коли:** { $when }
    - **Де:** { $place }

    Вам нічого не потрібно робити. У розділі "Курси та заходи" можна знайти інший захід.

apiscope-events-signup = Реєструвати громадян на курси та заходи

## "Who has looked": people from the network's organisations and what they did.

log-who-organisation = Організація в мережі
log-what-event-signup = зареєстрував(-ла) вас на курс або захід
log-what-event-cancel = скасував(-ла) вашу реєстрацію на курс або захід
log-what-event-read = переглянув(-ла), чи ви зареєстровані на курс або захід
log-what-event-list = переглянув(-ла) список тих, хто прийде на захід, на який ви зареєстровані
log-what-event-attended = записав(-ла), чи ви прийшли на захід
log-why-event = Щоб ви могли прийти на захід.
log-why-event-organiser = Тому що вони проводять захід.
