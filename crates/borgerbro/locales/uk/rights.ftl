# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## My data: notes of disagreement ("This is not right"), requests under the data protection rules.

apiscope-mydata-rights = Записувати й читати нотатки громадян про помилки, а також реєструвати й опрацьовувати їхні запити щодо їхніх даних
apiscope-mydata-read = Читати, що установа має про громадянина: огляд його даних, журнал того, хто їх переглядав, і вивантаження всіх даних
apiscope-access-log-write = Повідомляти про перегляди даних громадян в інших системах, щоб громадянин бачив їх в одному списку
apiscope-assessments-write = Імпортувати оцінки впливу як чернетки

rights-record-person = Ваші дані (ім’я, адреса, телефон і Ваш вибір)
rights-record-letter = Лист
rights-record-booking = Запис на прийом
rights-record-letter-named = Лист «{ $subject }»
rights-record-booking-named = Запис на прийом: { $when }
rights-outcome-corrected = Виправлено
rights-outcome-not-corrected = Не виправлено

rights-kind-access = Дізнатися, які дані про Вас ми маємо
rights-kind-access-hint = Ви отримаєте копію даних, які ми маємо про Вас, і дізнаєтеся, для чого ми їх використовуємо.
rights-kind-rectification = Виправити неправильні дані
rights-kind-rectification-hint = Напишіть, що неправильно і як правильно.
rights-kind-erasure = Видалити дані
rights-kind-erasure-hint = Ми видалимо те, що не мусимо зберігати. Ми напишемо Вам, що ми мусимо зберігати і чому.
rights-kind-restriction = Обмежити використання Ваших даних
rights-kind-restriction-hint = Ми зберігаємо дані, але не використовуємо їх, поки розглядаємо справу.
rights-kind-objection = Заперечити проти використання Ваших даних
rights-kind-objection-hint = Напишіть, для чого Ви не хочете, щоб ми використовували Ваші дані.
rights-kind-portability = Отримати свої дані, щоб передати їх в інше місце
rights-kind-portability-hint = Ви отримаєте свої дані у файлі, який може прочитати інша система.

rights-channel-online = Самостійно онлайн
rights-channel-helper = Через помічника
rights-channel-front-desk = Біля стійки в Borgerservice (центр обслуговування громадян)
rights-channel-phone = Телефоном
rights-channel-letter = Листом
rights-channel-system = З іншої системи

rights-status-open = Ще немає відповіді
rights-status-overdue = Строк минув
rights-status-answered = Відповідь надано

rights-error-text-missing = Напишіть, про що йдеться. Поле не може бути порожнім.
rights-error-text-long = Текст задовгий. Напишіть щонайбільше 4 000 символів.
rights-error-reason-missing = Напишіть, чому Вам потрібно більше часу. Громадянин дізнається причину з листа.
rights-error-extend-too-far = Строк може бути щонайбільше через три місяці після того, як ми отримали запит. Виберіть ранішу дату.
rights-error-extend-not-later = Новий строк має бути пізнішим, ніж чинний строк.
rights-error-day = Напишіть дату як рік-місяць-день, наприклад 2027-03-15.
rights-error-record-unknown = Виберіть, чого стосується нотатка: Ваших даних, одного з Ваших листів або одного з Ваших записів на прийом.
rights-error-received-future = Дата, коли ми отримали запит, не може бути в майбутньому.
rights-error-received-unreadable = Напишіть, коли ми отримали запит, як рік-місяць-день (наприклад 2027-03-15) або як час у форматі RFC 3339.
rights-error-answered = На нього вже відповіли. Прочитайте відповідь на сторінці.
rights-error-kind = Виберіть, про що Ви просите: переглянути, виправити, видалити, обмежити, заперечити або отримати свої дані для передачі.
rights-error-channel = Виберіть, як надійшов запит: online, helper, front_desk, phone, letter або system.
rights-error-status = Виберіть статус: open, overdue або answered.
rights-error-change = Надішліть або новий строк із причиною (extend_to і reason), або відповідь (answer).
rights-error-outcome = Виберіть, чи дані виправлено, чи ні.

rights-kept-letters = Листи від нас і до нас. Закон вимагає, щоб ми їх зберігали (закон про архіви та правила про документування справ).
rights-kept-log = Список того, хто переглядав Ваші дані. Він показує Вам, хто бачив Ваші дані, і його не можна змінити.
rights-kept-permissions = Кому Ви дозволили Вам допомагати. Це показує, хто мав право діяти від Вашого імені.
rights-kept-person = Ваше ім’я і як з Вами зв’язатися. Ми повинні мати змогу писати Вам, поки Ви живете в цій комуні (kommune).

rights-letter-note-subject = Відповідь на Вашу нотатку про помилку
rights-letter-note-body = Ви написали нам ({ $written }), що щось неправильно тут: { $record }.

    { $note }

    Наша відповідь: { $outcome }.

    { $answer }

    Ваші нотатки можна переглянути в розділі «Мої дані».
rights-letter-received-subject = Ми отримали Ваш запит
rights-letter-received-body = Ми отримали Ваш запит ({ $received }): **{ $kind }**.

    { $text }

    Ми відповімо Вам не пізніше цієї дати: **{ $due }**. Якщо нам знадобиться більше часу, ми напишемо Вам і пояснимо чому.
rights-letter-extended-subject = Нам потрібно більше часу для Вашого запиту
rights-letter-extended-body = Ви звернулися до нас ({ $received }) із проханням: **{ $kind }**.

    Нам потрібно більше часу. Ми відповімо Вам не пізніше цієї дати: **{ $due }**.

    Чому: { $reason }
rights-letter-answer-subject = Відповідь на Ваш запит: { $kind }
rights-letter-answer-body = Ви звернулися до нас ({ $received }) із проханням: **{ $kind }**.

    { $answer }
rights-erased = Ось що ми видалили: те, що Ви написали про тему звернення, Ваші примітки і Ваш номер телефону в записах на прийом, які вже минули (кількість записів: { $bookings }).

    Ось що ми зберігаємо і чому:

    { $kept }

rights-nav = Мої дані
rights-notes-link = Це неправильно
rights-requests-link = Ваші права
rights-notes-title = Це неправильно
rights-notes-title-for = Це неправильно: { $name }
rights-notes-lead = У даних, які ми маємо про Вас, щось неправильне або вводить в оману? Напишіть про це тут. Кожен працівник, який відкриває ці дані, побачить Вашу нотатку, а Ви отримаєте відповідь листом.
rights-note-written-notice = Дякуємо. Ми отримали Вашу нотатку. Ви отримаєте відповідь листом.
rights-field-record = Що неправильно?
rights-field-note = Що саме неправильно?
rights-field-note-hint = Напишіть своїми словами, що неправильно і як правильно.
rights-note-button = Надіслати нотатку
rights-notes-list-title = Ваші нотатки
rights-notes-none = Ви ще не написали жодної нотатки.
rights-note-written = Написано: { $date }
rights-note-waiting = Очікує на відповідь.
rights-record-notes-title = Громадянин каже, що тут щось неправильно
rights-note-answer-link = Відповісти на нотатку

rights-requests-title = Ваші права
rights-requests-title-for = Права: { $name }
rights-requests-lead = Ви маєте право переглянути, виправити й видалити свої дані, а також заперечити проти того, щоб ми їх використовували. Ми відповідаємо протягом місяця.
rights-requests-list-title = Ваші запити
rights-received = Отримано: { $date }
rights-due = Строк відповіді: { $date }.
rights-answered-on = Відповідь надано: { $date }.
rights-request-new-title = Попросити про щось
rights-field-kind = Про що Ви просите?
rights-field-request = Напишіть, про що йдеться
rights-field-request-hint = Наприклад, які дані і що з ними треба зробити.
rights-field-channel = Як надійшов запит?
rights-request-button = Надіслати запит
rights-facts-received = Отримано
rights-facts-status = Статус
rights-facts-due = Строк відповіді
rights-facts-extended = Чому строк продовжено
rights-facts-text = Запит
rights-facts-answer = Відповідь
rights-facts-carried-out = Що зробила система
rights-request-letter-will-come = Ви отримаєте відповідь листом.
rights-back-to-requests = Назад до Ваших прав

rights-queue-title = Запити щодо даних
rights-queue-lead = Запити громадян за правилами захисту даних і їхні нотатки про помилки. Відповідайте до кінця строку.
rights-queue-overdue = Строк минув
rights-queue-due-soon = Строк скоро мине
rights-queue-open = Без відповіді
rights-queue-none = Немає запитів, що очікують.
rights-queue-notes = Нотатки про помилки, що очікують на відповідь
rights-queue-notes-none = Немає нотаток, що очікують на відповідь.
rights-queue-answered = Нещодавні відповіді
rights-overdue-found = Строк минув, виявлено: { $date }.
rights-warned-on = Попереджено: { $date }.
rights-back-to-queue = Назад до запитів
rights-answer-title = Відповісти громадянину
rights-field-answer = Відповідь
rights-field-answer-hint = Громадянин отримає відповідь листом — на папері, якщо він звільнений від Digital Post.
rights-field-carry-out = Видалити те, що можна видалити
rights-field-carry-out-hint = Система видалить те, що громадянин написав про тему звернення, його примітки і номер телефону в записах на прийом, які вже минули.
rights-kept-title = Це не можна видалити:
rights-answer-button = Надіслати відповідь
rights-extend-title = Отримати більше часу
rights-extend-lead = Ви можете дати собі більше часу, якщо справа складна або запитів багато. Найпізніший можливий строк: { $date }. Громадянин дізнається причину з листа.
rights-field-extend-to = Новий строк
rights-field-extend-to-hint = Напишіть дату як рік-місяць-день, наприклад 2027-03-15.
rights-field-reason = Чому Вам потрібно більше часу?
rights-field-reason-hint = Напишіть так, щоб громадянин зрозумів.
rights-extend-button = Дати більше часу
rights-note-title = Нотатка про помилку
rights-note-open-record = Відкрити те, чого стосується нотатка
rights-field-outcome = Чи це виправлено?
rights-field-note-answer = Відповідь
rights-field-note-answer-hint = Напишіть, що Ви виправили, або чому Ви цього не виправили. Громадянин отримає відповідь листом.
rights-note-answer-button = Надіслати відповідь
rights-desk-link = Запити та нотатки про помилки: { $name }
rights-letter-wrong-link = Щось у листі неправильно? Напишіть про це нотатку
rights-booking-wrong-link = Щось у записі на прийом неправильно? Напишіть про це нотатку
