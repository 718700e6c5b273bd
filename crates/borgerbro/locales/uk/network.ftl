# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Мережа цифрової інклюзії (/netvaerk): члени, заявки на вступ

network-title = Мережа цифрової інклюзії
network-lead = Комуна (kommune) та організації, які допомагають громадянам із цифровими справами, зустрічаються двічі на рік. Ми ділимося досвідом і матеріалами, переглядаємо матеріали одне одного та плануємо разом.
network-link-meetings = Зустрічі та протоколи
network-link-materials = Матеріали мережі
network-link-plan = План дій
network-link-events = Курси та заходи
network-you = Ви і мережа
network-you-act-for = Ви — контактна особа організації { $name }.
network-own-link = Змініть свою сторінку або вийдіть із мережі
network-you-requested = Ваша організація подала заявку на вступ. Координатор Вам відповість.
network-you-refused = Координатор відхилив заявку організації { $name }
network-join-link = Подати заявку на вступ
network-join-login = Ваша організація допомагає громадянам із цифровими справами? Увійдіть, щоб подати заявку на вступ.
network-requests-waiting =
    { $count ->
        [0] Немає заявок, що чекають на відповідь
        [one] { $count } заявка чекає на Вашу відповідь
        [few] { $count } заявки чекають на Вашу відповідь
        [many] { $count } заявок чекають на Вашу відповідь
       *[other] { $count } заявки чекають на Вашу відповідь
    }
network-members = Члени мережі
network-members-none = У мережі ще немає членів.
network-helps-in = Допомагає такими мовами: { $languages }
network-former-member-since = Колишній член. Дата виходу з мережі: { $date }.
network-member-places = Де вони допомагають
network-contacts = Контактні особи

network-join-title = Подати заявку на вступ
network-join-lead = Розкажіть про свою організацію. Координатор прочитає заявку і відповість Вам. Ви станете контактною особою організації.
network-join-button = Надіслати заявку
network-edit-title = Ваша сторінка в мережі
network-edit-lead = Це видно на Вашій публічній сторінці. Оновіть це, коли щось зміниться.
network-edit-button = Зберегти зміни

network-field-name = Назва організації
network-field-kind = Тип організації
network-field-kind-choose = Виберіть
network-field-who-they-help = Кому Ви допомагаєте?
network-field-who-they-help-hint = Наприклад, літнім людям, які хочуть навчитися користуватися MitID, або людям, які нещодавно приїхали до Данії.
network-field-area = Де Ви допомагаєте?
network-field-area-hint = Місто, район міста або вся комуна.
network-field-languages = Якими мовами Ви допомагаєте?
network-field-website = Вебсайт
network-field-website-hint = Повна адреса, наприклад https://www.example.org
network-field-phone = Телефон
network-field-places = Ваші місця допомоги
network-field-places-hint = Позначте у списку місць допомоги ті, які належать Вам.
network-field-asked-on = Дата заявки
network-field-reason = Чому Ви відмовляєте?
network-field-reason-hint = Людина, яка подала заявку, зможе це прочитати. Напишіть, що вона може зробити.

network-kind-library = Бібліотека
network-kind-seniors = Організація літніх людей
network-kind-disability = Організація людей з інвалідністю
network-kind-language-school = Мовна школа
network-kind-housing = Соціальна робота в житлових районах
network-kind-volunteers = Волонтери
network-kind-authority = Орган влади
network-kind-other = Інше

network-leave-heading = Вийти з мережі
network-leave-text = Ви можете вийти з мережі будь-коли. Ваші матеріали залишаться, але буде позначено, що вони від колишнього члена. Ви втратите доступ до сторінок мережі для членів.
network-leave-button = Вийти з мережі

network-requests-title = Заявки на вступ
network-requests-none = Немає заявок, що чекають на відповідь.
network-approve-button = Схвалити { $name }
network-refuse-button = Відхилити { $name }

network-saved-requested = Дякуємо. Заявку надіслано координатору.
network-saved-left = Ваша організація вийшла з мережі.
network-saved-profile = Вашу сторінку збережено.
network-saved-approved = Заявку схвалено. Тепер організація є членом мережі.
network-saved-refused = Ви відхилили заявку. Людина, яка її подала, може побачити причину.

network-error-too-long = Текст задовгий. Скоротіть його.
network-error-name = Напишіть назву організації.
network-error-kind = Виберіть, до якого типу належить Ваша організація.
network-error-who-they-help = Напишіть, кому Ви допомагаєте.
network-error-area = Напишіть, де Ви допомагаєте.
network-error-languages = Позначте хоча б одну мову, якою Ви допомагаєте.
network-error-website = Напишіть повну адресу вебсайту, наприклад https://www.example.org
network-error-phone = Напишіть номер телефону з 8 цифр або іноземний номер зі знаком + на початку.
network-error-places = Одного з місць допомоги більше немає. Перегляньте список ще раз.
network-error-reason = Напишіть, чому Ви відмовляєте, щоб людина знала, що вона може зробити.
network-error-already-member = Ви вже є контактною особою однієї з організацій у мережі.
network-error-already-requested = Ви вже подали заявку. Зачекайте на відповідь координатора.
network-error-asker-already-member = Людина, яка подала заявку, вже є контактною особою іншої організації. Відхиліть заявку й поясніть причину.
network-error-decided = На цю заявку вже відповіли. Поверніться до списку.
network-error-not-member = Організація більше не є членом мережі.

## Зустрічі (/netvaerk/moeder)

network-meetings-title = Зустрічі мережі
network-meetings-lead = Мережа збирається двічі на рік на цілий день. Приймаюча сторона щоразу інша. Члени мережі пропонують питання до порядку денного. Протоколи зустрічей публічні.
network-meetings-calendar = Додайте зустрічі до свого календаря
network-meetings-upcoming = Майбутні зустрічі
network-meetings-past = Минулі зустрічі
network-meetings-none = Зустрічей немає.
network-meeting-hosted-by = Приймає: { $name }
network-meeting-no-minutes = Протокол ще не написано
network-meeting-has-minutes = Є протокол
network-meeting-new = Запланувати зустріч
network-meeting-new-lead = Дата і приймаюча сторона — це лише пропозиція: через пів року після останньої зустрічі, у члена мережі, який найдовше чекає своєї черги приймати зустріч.
network-meeting-create-button = Запланувати цю зустріч
network-field-meeting-title = Назва зустрічі
network-field-meeting-title-hint = Наприклад, Весняна зустріч мережі
network-field-host = Приймаюча сторона
network-field-host-hint = Член мережі, у якого відбувається зустріч.
network-field-place = Місце
network-field-place-hint = Адреса, щоб усі могли знайти дорогу.
network-field-date = Дата
network-field-date-hint = Напишіть дату у форматі рік-місяць-день, наприклад 2027-05-04.
network-field-from = Початок о
network-field-to = Кінець о
network-field-time-hint = Наприклад, 09:00
network-field-agenda-deadline = Кінцевий термін для питань до порядку денного
network-field-agenda-deadline-hint = Останній день, коли члени мережі можуть пропонувати питання. Має бути до дня зустрічі.
network-field-when = Коли
network-agenda = Порядок денний
network-agenda-empty = Питань ще немає.
network-agenda-proposed-by = пропозиція від { $name }
network-agenda-up = Перемістити «{ $title }» вище
network-agenda-down = Перемістити «{ $title }» нижче
network-agenda-propose = Запропонувати питання
network-agenda-propose-until = Ви можете пропонувати питання до { $date } включно.
network-agenda-propose-button = Надіслати пропозицію
network-agenda-closed = Термін для питань до порядку денного минув. Напишіть координатору, якщо щось важливе.
network-field-item-title = Назва питання
network-field-item-description = Про що Ви хочете поговорити?
network-meeting-signup = Зареєструйтеся на зустріч
network-meeting-signed-up = Ви зареєстровані. Ви можете змінити те, що Вам потрібно, або скасувати реєстрацію.
network-meeting-signup-button = Зареєструватися
network-meeting-signup-change = Зберегти зміни
network-meeting-withdraw = Скасувати реєстрацію
network-field-access-needs = Чи потрібно Вам щось, щоб узяти участь?
network-field-access-needs-hint = Наприклад, перекладач, індукційна петля для слухових апаратів, вхід без сходинок або перерва.
network-field-access-needs-column = Потреби для участі
network-field-dietary-needs = Харчування та алергії
network-meeting-signups =
    { $count ->
        [0] Ще ніхто не зареєструвався
        [one] { $count } зареєстрована особа
        [few] { $count } зареєстровані особи
        [many] { $count } зареєстрованих осіб
       *[other] { $count } зареєстровані особи
    }
network-meeting-signups-caption = Зареєстровані учасники та що їм потрібно
network-field-person = Ім’я
network-field-organisation = Організація
network-minutes = Протокол
network-minutes-after = Протокол з’явиться тут після зустрічі.
network-minutes-not-yet = Протокол ще не написано.
network-minutes-write = Написати протокол
network-field-minutes = Протокол
network-field-minutes-hint = Протокол публічний. Не пишіть імен громадян чи інших особистих даних.
network-minutes-button = Зберегти протокол
network-decisions = Рішення
network-decision-add = Додати рішення
network-decision-button = Додати це рішення
network-decision-everyone = Уся мережа
network-field-decision = Рішення
network-field-who = Хто це робить?
network-field-by = До якої дати?
network-saved-meeting-created = Зустріч заплановано. Тепер члени мережі можуть пропонувати питання.
network-saved-meeting-proposed = Дякуємо. Питання додано до порядку денного.
network-saved-meeting-ordered = Порядок денний змінено.
network-saved-meeting-signed-up = Ви зареєстровані на зустріч.
network-saved-meeting-withdrawn = Вашу реєстрацію на зустріч скасовано.
network-saved-meeting-minutes = Протокол збережено.
network-saved-meeting-decision = Рішення додано.
network-error-date = Напишіть дату у форматі рік-місяць-день, наприклад 2027-05-04.
network-error-time = Напишіть час у форматі години:хвилини, наприклад 09:00.
network-error-meeting-title = Напишіть назву зустрічі.
network-error-host = Виберіть члена мережі, який приймає зустріч.
network-error-place = Напишіть, де відбудеться зустріч.
network-error-meeting-past = Ця дата вже минула. Виберіть день, який ще не настав.
network-error-ends-before = Зустріч має закінчуватися після того, як почалася.
network-error-deadline-after = Кінцевий термін для питань має бути до дня зустрічі.
network-error-agenda-closed = Термін для питань до порядку денного минув. Напишіть координатору, якщо щось важливе.
network-error-item-title = Напишіть назву питання.
network-error-decision = Напишіть рішення.
network-error-who = Виберіть члена мережі зі списку або всю мережу.
network-error-minutes = Напишіть протокол.
network-error-minutes-early = Зустріч ще не відбулася. Напишіть протокол після зустрічі.
network-error-meeting-begun = Зустріч уже почалася. Тут більше не можна зареєструватися чи скасувати реєстрацію.

## План дій (/netvaerk/handlingsplan)

network-plan-title = План дій на { $year } рік
network-plan-lead = Ось що мережа і комуна зроблять цього року. Для кожного пункту видно, хто за нього відповідає, на якому він етапі і що до нього привело.
network-plan-years = Виберіть рік
network-plan-empty = У плані на цей рік ще немає пунктів.
network-plan-field-owner = Хто відповідає
network-plan-field-status = На якому етапі
network-plan-field-input = Що до цього привело
network-plan-field-year = Рік
network-plan-field-title = Що потрібно зробити?
network-plan-field-description = Докладніше про пункт
network-plan-field-meeting = Зустріч
network-plan-field-hearing = Громадське обговорення
network-plan-field-input-text = Що сказали на зустрічі, у відповідях або що сказали громадяни?
network-plan-field-input-text-hint = Коротко, своїми словами. Не пишіть імен громадян.
network-plan-owner-authority = Комуна
network-plan-none = Немає
network-plan-change-status = Статус пункту «{ $title }»
network-plan-status-button = Зберегти статус
network-plan-add = Додати пункт
network-plan-add-button = Додати цей пункт
network-plan-status-planned = Заплановано
network-plan-status-in-progress = Виконується
network-plan-status-done = Виконано
network-plan-status-dropped = Скасовано
network-plan-input-meeting = Зустріч мережі
network-plan-input-feedback = Відповіді на «Var det let?» («Чи було це легко?»)
network-plan-input-stuck = Місця, де громадяни не змогли продовжити
network-plan-input-hearing = Громадське обговорення
network-plan-input-other = Інше
network-saved-plan = План дій збережено.
network-error-plan-year = Виберіть минулий рік, цей рік або один із двох наступних років.
network-error-plan-title = Напишіть, що потрібно зробити.
network-error-plan-owner = Виберіть зі списку, хто відповідає.
network-error-plan-status = Виберіть, на якому етапі пункт.
network-error-plan-input = Виберіть, що привело до цього пункту.
network-error-plan-meeting = Виберіть зустріч, з якої з’явився пункт.
network-error-plan-hearing = Виберіть громадське обговорення, з якого з’явився пункт.
network-error-plan-input-text = Коротко напишіть, що привело до цього пункту.

## Min side

my-network-materials = Ваші матеріали
my-network-reviews = Матеріали, які Ви можете переглянути
my-network-new-event = Створити курс або захід
network-api-bad-year = Рік має бути числом від 2000 до 2200, наприклад 2027.

# Contact people and invitations
network-contacts-title = Контактні особи { $name }
network-contacts-lead = Контактні особи можуть змінювати вашу сторінку, ділитися матеріалами, проводити заходи та записувати вас на зустрічі. Запросіть колегу або видаліть того, хто більше не має брати участь.
network-contacts-you = ви
network-contacts-since = Контактна особа з { $date }
network-contacts-remove = Видалити { $name } з контактних осіб
network-contacts-remove-me = Видалити мене з контактних осіб
network-contacts-last = У вас лише одна контактна особа. Запросіть колегу, перш ніж видалити себе. Якщо ви хочете вийти з мережі, перейдіть на свою сторінку й виберіть «Вийти з мережі».
network-contacts-link = Додати або видалити контактних осіб
network-invitations = Запрошення, що очікують
network-invitations-none = Немає запрошень, що очікують.
network-invitation-expires = Посилання діє до { $date }.
network-invitation-withdraw = Відкликати запрошення для { $name }
network-invite-heading = Запросити колегу
network-invite-text = Напишіть ім'я колеги. Ви отримаєте посилання, яке надішлете колезі. Посилання діє один раз і { $days } днів. Колега входить у систему й погоджується.
network-field-invite-name = Ім'я вашого колеги
network-field-invite-name-hint = Щоб ви бачили, для кого запрошення.
network-invite-button = Створити посилання
network-invite-link-lead = Надішліть це посилання колезі. Ми показуємо його лише зараз. Воно діє один раз і { $days } днів.
network-saved-contact-invited = Запрошення створено.
network-saved-contact-withdrawn = Запрошення відкликано. Посилання більше не діє.
network-saved-contact-removed = Ця особа більше не є контактною.
network-saved-contact-welcome = Ласкаво просимо. Тепер ви контактна особа.
network-saved-no-longer-contact = Ви більше не контактна особа вашої організації.
network-invitation-title = Стати контактною особою { $name }
network-invitation-lead = { $inviter } запрошує вас стати контактною особою { $name } у мережі цифрової інклюзії.
network-invitation-means = Як контактна особа ви можете змінювати сторінку організації, ділитися матеріалами й перевіряти їх, проводити заходи та записуватися на зустрічі.
network-invitation-until = Запрошення дійсне до { $date }.
network-invitation-accept = Так, зробіть мене контактною особою { $name }
network-invitation-not-now = Не зараз
network-error-invite-name = Напишіть ім'я колеги, якого хочете запросити.
network-error-invite-name-long = Напишіть коротше ім'я, не більше 100 символів.
network-error-invitations-many = У вас 10 запрошень, що очікують. Відкличте одне або дочекайтеся, поки одне використають, перш ніж створити нове.
network-error-invitation-closed = Посилання більше не діє. Його використали, відкликали або воно застаріло. Попросіть контактну особу організації про нове посилання.
network-error-invitation-not-open = Запрошення більше не очікує. Його використали, відкликали або воно застаріло.
network-error-already-contact = Ви вже контактна особа організації в мережі, а бути нею можна лише для однієї. Спершу попросіть ту організацію видалити вас.
network-error-last-contact = У вас лише одна контактна особа. Спершу запросіть колегу. Якщо ви хочете вийти з мережі, виберіть «Вийти з мережі» на своїй сторінці.
