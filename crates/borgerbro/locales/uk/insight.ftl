# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Digital inclusion figures (/tal)

insight-title = Цифри про цифрову інклюзію
insight-lead = Як справи з листами, допомогою та зрозумілою мовою, місяць за місяцем. Цифри беруться з наших власних систем і перераховуються щогодини.
insight-under-five-explained = Якщо число менше 5, ми пишемо «менше 5», а не саме число. Так нікого з громадян не можна впізнати. Місяць, що закінчився, рахується останній раз і потім більше не змінюється.
insight-range = Які місяці Ви хочете побачити?
insight-from = З місяця
insight-to = До місяця
insight-month-hint = Напишіть рік і місяць, наприклад 2026-01.
insight-show = Показати цифри
insight-csv = Завантажити цифри як таблицю (CSV)
insight-json = Завантажити цифри як дані (JSON)
insight-none = Для цих місяців цифр ще немає.
insight-months-without =
    { $count ->
        [one] { $count } місяць не пораховано, бо він був до того, як ми почали рахувати.
        [few] { $count } місяці не пораховано, бо вони були до того, як ми почали рахувати.
        [many] { $count } місяців не пораховано, бо вони були до того, як ми почали рахувати.
       *[other] { $count } місяця не пораховано, бо вони були до того, як ми почали рахувати.
    }
insight-contents = Зміст
insight-under-five = менше 5
insight-not-told = не вказано
insight-chart-table = Ці цифри є також у таблиці нижче.
insight-month-unreadable = Напишіть місяць як рік і місяць, наприклад 2026-01.
insight-month-future = Виберіть місяць, який уже почався. Для місяців, які ще не настали, цифр немає.
insight-range-backwards = Місяць «з» має бути раніше за місяць «до» або тим самим місяцем.
insight-range-too-long = Виберіть щонайбільше 120 місяців (10 років) за один раз.

insight-letters = Листи
insight-letters-lead = Скільки листів ми надіслали, скільки з них відкрили і скільки залишалися непрочитаними через 7 днів.
insight-chart-unread = Листи, які залишалися непрочитаними через 7 днів після надсилання, за місяцями
insight-escalations = Коли лист не прочитано
insight-escalations-lead = Коли важливий лист не відкривають, ми телефонуємо, надсилаємо його на папері або приходимо особисто. Ось як це пройшло.
insight-lix = Зрозуміла мова в листах
insight-lix-lead = LIX показує, наскільки складний текст. Що нижче число, то легший текст. Наша межа: { $limit }.
insight-people = Звільнені від Digital Post і помічники
insight-people-lead = Скільки людей отримують листи на папері і скільки мають помічника з дозволом.
insight-bookings = Записи на прийом
insight-bookings-lead = Записи, які громадяни зробили, щоб отримати допомогу від людини.
insight-requests = Запити щодо власних даних
insight-requests-lead = Запити за правилами захисту даних і чи ми відповіли вчасно.
insight-units = Зрозуміла мова за відділами: { $month }
insight-units-lead = Наскільки складними були листи, які надіслав кожен відділ.
insight-units-caption = LIX за відділами: { $month }
insight-tasks = «Чи було це легко?»: { $month }
insight-tasks-lead = Що відповіли громадяни, коли завершили завдання. 1 — дуже складно, 5 — дуже легко.
insight-tasks-caption = Відповіді за завданнями: { $month }
insight-stuck = Де громадяни застрягли: { $month }
insight-stuck-lead = Коли людина приходить до стійки обслуговування, бо застрягла, працівник записує, про що йшлося.
insight-stuck-caption = Нотатки про те, де громадяни застрягли, за темами: { $month }

insight-col-month = Місяць
insight-col-sent = Надіслано
insight-col-opened = Відкрито
insight-col-unread = Не прочитано через 7 днів
insight-col-paper = Надіслано на папері
insight-col-moved = Строки перенесено
insight-col-phone = Зателефоновано
insight-col-paper-copy = Надіслано на папері
insight-col-visit = Відвідано
insight-col-reached = Вдалося зв’язатися
insight-col-not-reached = Не вдалося зв’язатися
insight-col-other-channel = Зв’язалися іншим способом
insight-col-letters = Листи
insight-col-median = LIX (медіана)
insight-col-over-limit = Понад межу
insight-col-exempt = Звільнені від Digital Post
insight-col-helpers = Помічники
insight-col-permissions = Дозволи
insight-col-received = Отримано
insight-col-answered = Відповіли
insight-col-in-time = Відповіли вчасно
insight-col-overdue = Строк минув
insight-col-unit = Відділ
insight-col-task = Завдання
insight-col-answers = Відповіді
insight-col-average = Середнє (1–5)
insight-col-easy = Легко або дуже легко
insight-col-topic = Тема
insight-col-notes = Нотатки
insight-nothing-in-month = За цей місяць немає цифр, які можна показати.
