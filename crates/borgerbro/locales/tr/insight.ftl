# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## Digital inclusion figures (/tal)

insight-title = Dijital katılım rakamları
insight-lead = Mektuplar, yardım ve açık dil konusunda ay ay durumumuz. Rakamlar kendi sistemlerimizden gelir ve her saat sayılır.
insight-under-five-explained = Bir rakam 5'in altındaysa, rakamı değil "5'in altında" yazarız. Böylece hiçbir vatandaş tanınamaz. Biten bir ay son bir kez sayılır ve ondan sonra değişmez.
insight-range = Hangi ayları görmek istiyorsunuz?
insight-from = Başlangıç ayı
insight-to = Bitiş ayı
insight-month-hint = Yılı ve ayı yazın, örneğin 2026-01.
insight-show = Rakamları göster
insight-csv = Rakamları tablo olarak indirin (CSV)
insight-json = Rakamları veri olarak indirin (JSON)
insight-none = Bu aylar için henüz rakam yok.
insight-months-without =
    { $count ->
        [one] Aylardan 1 tanesi sayılmadı, çünkü saymaya başlamamızdan önceydi.
       *[other] Aylardan { $count } tanesi sayılmadı, çünkü saymaya başlamamızdan önceydi.
    }
insight-contents = İçindekiler
insight-under-five = 5'in altında
insight-not-told = belirtilmemiş
insight-chart-table = Rakamlar aşağıdaki tabloda da var.
insight-month-unreadable = Ayı yıl ve ay olarak yazın, örneğin 2026-01.
insight-month-future = Başlamış bir ay seçin. Henüz gelmemiş aylar için rakam yoktur.
insight-range-backwards = Başlangıç ayı, bitiş ayından önce veya onunla aynı olmalıdır.
insight-range-too-long = Bir seferde en fazla 120 ay (10 yıl) seçin.

insight-letters = Mektuplar
insight-letters-lead = Kaç mektup gönderdiğimiz, kaçının açıldığı ve kaçının 7 gün sonra hâlâ okunmamış olduğu.
insight-chart-unread = Gönderildikten 7 gün sonra hâlâ okunmamış mektuplar, aylara göre
insight-escalations = Bir mektup okunmadığında
insight-escalations-lead = Önemli bir mektup açılmadığında telefonla ararız, mektubu kâğıt olarak göndeririz veya eve geliriz. Sonuçlar burada.
insight-lix = Mektuplarda açık dil
insight-lix-lead = LIX, bir metnin ne kadar zor olduğunu ölçer. Değer ne kadar düşükse metin o kadar kolaydır. Bizim sınırımız { $limit }.
insight-people = Dijital postadan (Digital Post) muaf olanlar ve yardımcılar
insight-people-lead = Kaç kişinin mektuplarını kâğıt olarak aldığı ve kaç kişinin, izin verdiği bir yardımcısı olduğu.
insight-bookings = Alınan randevular
insight-bookings-lead = Vatandaşların bir kişiden yardım almak için aldığı randevular.
insight-requests = Kişinin kendi verileriyle ilgili talepler
insight-requests-lead = Veri koruma kurallarına göre yapılan talepler ve bunlara zamanında yanıt verip vermediğimiz.
insight-units = Birimlere göre açık dil: { $month }
insight-units-lead = Her birimin gönderdiği mektupların ne kadar zor olduğu.
insight-units-caption = Birimlere göre LIX: { $month }
insight-tasks = "Kolay mıydı?": { $month }
insight-tasks-lead = Vatandaşların bir işlemi bitirdiklerinde verdikleri yanıtlar. 1 çok zor, 5 çok kolay demektir.
insight-tasks-caption = İşlemlere göre yanıtlar: { $month }
insight-stuck = Vatandaşların takıldığı yerler: { $month }
insight-stuck-lead = Bir vatandaş bir yerde takıldığı için danışma masasına geldiğinde, çalışan konunun ne olduğunu not eder.
insight-stuck-caption = Vatandaşların takıldığı yerlerle ilgili notlar, konulara göre: { $month }

insight-col-month = Ay
insight-col-sent = Gönderilen
insight-col-opened = Açılan
insight-col-unread = 7 gün sonra okunmamış
insight-col-paper = Kâğıt olarak gönderilen
insight-col-moved = Ertelenen son tarihler
insight-col-phone = Telefonla aranan
insight-col-paper-copy = Kâğıt olarak gönderilen
insight-col-visit = Ziyaret edilen
insight-col-reached = Ulaşılan
insight-col-not-reached = Ulaşılamayan
insight-col-other-channel = Başka yoldan ulaşılan
insight-col-letters = Mektuplar
insight-col-median = LIX (medyan)
insight-col-over-limit = Sınırın üstünde
insight-col-exempt = Dijital postadan muaf
insight-col-helpers = Yardımcılar
insight-col-permissions = İzinler
insight-col-received = Alınan
insight-col-answered = Yanıtlanan
insight-col-in-time = Zamanında yanıtlanan
insight-col-overdue = Süresi geçen
insight-col-unit = Birim
insight-col-task = İşlem
insight-col-answers = Yanıtlar
insight-col-average = Ortalama (1-5)
insight-col-easy = Kolay veya çok kolay
insight-col-topic = Konu
insight-col-notes = Notlar
insight-nothing-in-month = Bu ay için gösterilecek rakam yok.
