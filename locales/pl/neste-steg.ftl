# Neste steg — Polish. Translated by the team; not yet reviewed by a qualified translator.
service-name = Neste steg
skip-to-content = Przejdź do treści
menu = Menu
nav-label = Menu główne
language-picker = Język – Språk
home-title = Strona główna
home-heading = Co chcesz zrobić?
home-lead = Oppfølgingstjenesten (OT) to służba wsparcia dla młodzieży. Pomaga Ci, jeśli masz od 15 do 24 lat i nie chodzisz do szkoły ani nie pracujesz. Tutaj możesz odpowiedzieć OT, przeczytać o swoich prawach i umówić się na rozmowę.
home-no-thanks = Decyzja należy do Ciebie. Możesz spokojnie odpowiedzieć „nie, dziękuję”.
task-answer = Odpowiedz OT
task-answer-text = Masz wiadomość albo list od OT? Odpowiedz tutaj. To zajmie minutę.
task-rights = Twoje prawa
task-rights-text = Do czego masz prawo i co OT musi dla Ciebie zrobić.
task-guardians = Dla rodziców i opiekunów
task-guardians-text = Dla Ciebie, jeśli jesteś rodzicem lub opiekunem prawnym młodej osoby poniżej 18 lat.
task-booking = Umów się na rozmowę
task-booking-text = Wybierz termin, który Ci pasuje: w biurze, przez telefon, przez wideo albo na spacerze.
task-council = Rada OT
task-council-text = Młodzi ludzie, którzy doradzają OT. Przeczytaj ich opinie albo powiedz, co myślisz.
task-staff = Logowanie dla pracowników
contact-heading = Kontakt i biura
contact-lead = Możesz skontaktować się z OT bezpośrednio. Nie potrzebujesz skierowania.
contact-phone = Telefon:
contact-email = E-mail:
contact-opening-hours = Godziny otwarcia
weekday = { $day ->
    [1] poniedziałek
    [2] wtorek
    [3] środa
    [4] czwartek
    [5] piątek
    [6] sobota
   *[7] niedziela
}
privacy-heading = Ochrona danych osobowych
accessibility-heading = Deklaracja dostępności
not-found-title = Nie znaleziono strony
not-found-heading = Nie znaleźliśmy tej strony
not-found-text = Link może być błędny albo strona mogła zostać przeniesiona.
not-found-home = Przejdź do strony głównej
error-not-found = Nie znaleźliśmy tego, czego szukasz.
error-invalid-input = Coś w formularzu trzeba poprawić.
error-conflict = Ktoś inny zmienił to w tym samym czasie. Spróbuj jeszcze raz.
error-bad-request = Nie udało się odczytać tego, co zostało wysłane. Odśwież stronę i spróbuj jeszcze raz.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj jeszcze raz za chwilę. Odpowiedzi, które już zostały wysłane, są zapisane.
error-network = Nie udało się połączyć z serwerem. Sprawdź internet i spróbuj jeszcze raz.
error-forbidden-origin = Formularz nie pochodził z Neste steg, więc nic nie zrobiliśmy. Wróć na stronę i spróbuj jeszcze raz.
error-summary-title = Coś trzeba poprawić
error-sign-in = Musisz się zalogować, żeby zobaczyć tę stronę.
error-wrong-credentials = Błędny adres e-mail lub hasło.
error-account-disabled = Twoje konto jest zablokowane. Skontaktuj się z administratorem w OT.
error-throttled = Za dużo prób w krótkim czasie. Poczekaj 15 minut i spróbuj jeszcze raz.

## Odpowiedź przez link lub kod (młodzież)
answer-title = Odpowiedź dla OT
answer-greeting = Cześć, { $name }!
answer-intro = { $service } chce wiedzieć, co teraz robisz. Wtedy możemy Ci pomóc, jeśli tego potrzebujesz. To zajmie minutę.
answer-continue = Kontynuuj
answer-your-answer = Twoja odpowiedź: { $activity }
answer-change = Zmień odpowiedź
answer-activity-question = Co teraz robisz?
answer-activity-hint = Wybierz to, co najbardziej pasuje.
answer-activity-missing = Wybierz to, co najbardziej do Ciebie pasuje.
activity-school = Chodzę do szkoły średniej (videregående skole)
activity-private_school = Chodzę do szkoły prywatnej
activity-apprenticeship = Uczę się zawodu u pracodawcy (lærling lub lærekandidat)
activity-work = Pracuję
activity-military_service = Jestem w wojsku (zasadnicza służba wojskowa)
activity-home_with_child = Zajmuję się dzieckiem w domu
activity-ill_or_institution = Choruję albo mieszkam w placówce (np. w szpitalu lub ośrodku)
activity-course = Uczę się na uniwersytecie ludowym (folkehøgskole) albo chodzę na inny kurs
activity-moved_county = Mieszkam teraz w innym regionie (fylke)
activity-moved_abroad = Mieszkam teraz w innym kraju
activity-wants_help = Chcę pomocy albo rozmowy
activity-no_thanks = Nie, dziękuję, nie potrzebuję pomocy
answer-next = Dalej
answer-details-question = Chcesz napisać coś więcej?
answer-details-hint = Możesz to pominąć. Napisz na przykład nazwę szkoły albo miejsca pracy.
answer-details-hint-help = Możesz to pominąć. Możesz napisać, w czym potrzebujesz pomocy.
answer-details-too-long = Tekst może mieć najwyżej 1000 znaków.
answer-contact-question = Jak OT ma się z Tobą kontaktować?
answer-channels-legend = Wybierz jeden lub kilka sposobów
answer-channels-missing = Wybierz co najmniej jeden sposób, w jaki możemy się z Tobą kontaktować.
answer-contact-mobile-hint = Nie mamy Twojego numeru komórkowego. Jeśli chcesz SMS lub telefon, wpisz go tutaj.
answer-contact-email-hint = Nie mamy Twojego adresu e-mail. Jeśli chcesz e-mail, wpisz go tutaj.
answer-contact-letter-hint = Nie mamy Twojego numeru komórkowego ani adresu e-mail. Wpisz, jak możemy się z Tobą skontaktować.
answer-mobile-needed = Wpisz swój numer komórkowy, abyśmy mogli wysłać SMS lub zadzwonić.
answer-email-needed = Wpisz swój adres e-mail, abyśmy mogli wysłać Ci e-mail.
channel-sms = SMS
channel-call = Telefon
channel-email = E-mail
answer-time-legend = Kiedy najbardziej Ci pasuje?
answer-time-missing = Wybierz, kiedy najbardziej Ci pasuje.
contact-time-any = O każdej porze dnia
contact-time-morning = Przed godziną 12
contact-time-afternoon = Między godziną 12 a 16
contact-time-evening = Po godzinie 16
answer-send = Wyślij odpowiedź
answer-receipt-title = Dziękujemy! Mamy Twoją odpowiedź
answer-receipt-reference = Twój numer referencyjny:
answer-receipt-next-heading = Co będzie dalej
answer-receipt-next = Doradca z OT przeczyta Twoją odpowiedź. Jeśli chcesz pomocy, skontaktujemy się z Tobą w wybrany przez Ciebie sposób. Możesz też zadzwonić do nas pod numer { $phone }.
answer-book = Umów się na rozmowę z doradcą
answer-handled-title = Mamy Twoją odpowiedź
answer-handled-text = Doradca przeczytał już Twoją odpowiedź. Jeśli chcesz coś zmienić, zadzwoń do OT pod numer { $phone }.
answer-unusable-title = Link nie działa
answer-unusable-text = Link może być za stary albo źle wpisany. Zadzwoń do OT pod numer { $phone } albo użyj kodu z listu.
answer-throttled-text = Z tego urządzenia było za dużo prób. Poczekaj 15 minut i spróbuj jeszcze raz albo zadzwoń do OT pod numer { $phone }.
answer-code-link = Mam kod z listu
answer-code-title = Odpowiedz za pomocą kodu z listu
answer-code-intro = Kod jest w liście od OT. Ma osiem znaków.
answer-code-label = Kod z listu
answer-code-wrong = Nie możemy znaleźć tego kodu. Sprawdź, czy kod jest dobrze wpisany, albo zadzwoń do OT.
answer-code-ended = Kod jest poprawny, ale już nie działa: prośba wygasła albo została wycofana. Zadzwoń do OT pod numer { $phone }, a pomożemy Ci.
answer-code-missing = Wpisz kod z listu.

## Wiadomości SMS i e-mail
message-contact-subject = Wiadomość od { $service }
message-contact-body = Cześć { $name }! { $service } chce wiedzieć, co teraz robisz. Odpowiedz tutaj, to zajmie minutę: { $link } Twój kod to { $code }. Pozdrawiamy, OT
message-reminder-body = Cześć jeszcze raz, { $name }! Nie mamy jeszcze od Ciebie odpowiedzi. Odpowiedz tutaj: { $link } Pozdrawiamy, { $service }
message-guardian-subject = Informacja od { $service }
message-guardian-body = Dzień dobry! Twoje dziecko dostało wiadomość od { $service }. Tutaj przeczytasz o prawach młodzieży i o tym, w czym OT może pomóc: { $link } Pozdrawiamy, OT

## Strony informacyjne: prawa, rodzice i opiekunowie, oferta, wsparcie, ochrona danych
info-law = Podstawa prawna
info-related = Przeczytaj też
info-printed = Wydrukowano { $date } ze strony { $url }
rights-title = Twoje prawa
rights-lead = Masz od 15 do 24 lat? Nie chodzisz do szkoły i nie masz pracy? Wtedy OT musi Ci pomóc.
rights-who-heading = Dla kogo jest OT?
rights-who-1 = OT to skrót od Oppfølgingstjenesten, czyli służby wsparcia dla młodzieży. Każdy region (fylke) ma taką służbę.
rights-who-2 = OT jest dla Ciebie, jeśli masz prawo do nauki w szkole średniej (videregående opplæring). Nie chodzisz do szkoły i nie masz pracy.
rights-who-3 = OT jest dla Ciebie aż do końca roku, w którym kończysz 24 lata.
rights-who-4 = Możesz samodzielnie skontaktować się z OT. Nie potrzebujesz żadnego formularza ani skierowania.
rights-school-heading = Masz prawo do nauki w szkole średniej
rights-school-1 = Masz prawo chodzić do szkoły średniej. Możesz uczyć się w szkole, jako uczeń zawodu u pracodawcy (lærling) albo w inny sposób.
rights-school-2 = OT pomoże Ci sprawdzić, co do Ciebie pasuje.
rights-duty-heading = Co OT musi dla Ciebie zrobić
rights-duty-1 = OT musi wiedzieć, kto nie chodzi do szkoły i nie ma pracy.
rights-duty-2 = OT musi dać Ci na piśmie informacje o Twoich prawach. Ta strona jest częścią tych informacji.
rights-duty-3 = OT musi się z Tobą skontaktować i zaproponować Ci wsparcie doradcy.
rights-duty-4 = OT musi dać Ci konkretną propozycję. Może to być szkoła, praca, kurs albo coś innego.
rights-duty-5 = OT musi Cię wspierać i rozmawiać z Tobą tak długo, jak tego potrzebujesz.
rights-no-heading = Decyzja należy do Ciebie
rights-no-1 = Możesz powiedzieć „nie, dziękuję”. To całkowicie w porządku.
rights-no-2 = Możesz później zmienić zdanie. Wystarczy wtedy znowu skontaktować się z OT.
rights-law = Forskrift til opplæringslova §§ 13-1 do 13-4 (rozporządzenie do ustawy o edukacji). Opplæringslova (2023) § 9-4 (ustawa o edukacji z 2023 roku).
guardians-title = Dla rodziców i opiekunów
guardians-lead = Jesteś rodzicem lub opiekunem prawnym młodej osoby poniżej 18 lat? Tutaj przeczytasz, do czego ta młoda osoba ma prawo i co robi OT.
guardians-why-heading = Dlaczego dostajesz te informacje?
guardians-why-1 = OT musi dać informacje na piśmie wszystkim młodym osobom z grupy docelowej. Rodzice i opiekunowie osób poniżej 18 lat muszą dostać te same informacje.
guardians-why-2 = Młoda osoba dostała od OT osobną wiadomość. Nie przekazujemy Ci odpowiedzi, których udziela nam młoda osoba.
guardians-rights-heading = Do czego ma prawo młoda osoba?
guardians-rights-1 = Młoda osoba ma prawo do nauki w szkole średniej. OT jest dla młodych ludzi, którzy nie chodzą do szkoły i nie mają pracy – aż do końca roku, w którym kończą 24 lata.
guardians-rights-2 = OT musi się skontaktować, doradzić i zaproponować szkołę, pracę albo inną naukę. OT wspiera młodą osobę tak długo, jak to potrzebne.
guardians-help-heading = Jak możesz pomóc?
guardians-help-1 = Porozmawiaj z młodą osobą o tym, czego chce. Można powiedzieć OT „nie, dziękuję”.
guardians-help-2 = Jeśli się martwisz, możesz też samodzielnie zadzwonić do OT pod numer { $phone }. Nie potrzebujesz skierowania.
guardians-18-heading = Kiedy młoda osoba kończy 18 lat
guardians-18-1 = Wtedy młoda osoba jest pełnoletnia. OT ma obowiązek zachowania tajemnicy i nie może Ci nic powiedzieć bez jej zgody.
guardians-18-2 = Młoda osoba może pozwolić OT na rozmowę z Tobą. Zapytaj ją o to.
guardians-law = Forskrift til opplæringslova § 13-3 litera b (rozporządzenie do ustawy o edukacji). Forvaltningsloven § 13 (ustawa o postępowaniu administracyjnym) – o obowiązku zachowania tajemnicy.
offers-title = Co OT może zaproponować
offers-lead = OT razem z Tobą znajdzie dla Ciebie propozycję. Oto kilka przykładów.
offers-1 = Rozmowy i pomoc w wyborze szkoły, przedmiotów albo pracy.
offers-2 = Praktyka w zwykłym miejscu pracy, z dużym wsparciem. Dzięki temu możesz dostać miejsce nauki zawodu (læreplass).
offers-3 = Kursy i zajęcia, na przykład wycieczki w przyrodę, sztuka i sport.
offers-4 = Lekcje z przedmiotów, żeby zdawać egzaminy eksternistycznie (jako privatist).
offers-5 = Pomoc we współpracy z NAV i innymi, żeby nie trzeba było chodzić w pojedynkę do wielu miejsc.
offers-law = Forskrift til opplæringslova §§ 13-1 i 13-4 (rozporządzenie do ustawy o edukacji).
followup-title = Jak wygląda wsparcie OT
followup-lead = Tutaj przeczytasz, co się dzieje, kiedy masz kontakt z OT.
followup-talk-heading = Pierwsza rozmowa
followup-talk-1 = Spotykasz się z doradcą. Rozmawiacie o tym, jak się czujesz i czego chcesz.
followup-talk-2 = Możesz przyjść z kimś, komu ufasz.
followup-plan-heading = Twój plan
followup-plan-1 = Razem przygotowujecie plan. Jest w nim napisane, co zrobisz Ty, a co zrobi OT.
followup-plan-2 = Plan można zmienić, kiedy tylko chcesz.
followup-no-heading = Możesz odmówić
followup-no-1 = Pomoc OT jest dobrowolna. Możesz odmówić i możesz wrócić później.
followup-law = Forskrift til opplæringslova § 13-3 litery c do e (rozporządzenie do ustawy o edukacji).
privacy-lead = Tutaj przeczytasz, co OT o Tobie wie, dlaczego i jak możesz to zobaczyć.
privacy-knows-heading = Co OT o Tobie wie
privacy-knows-1 = Twoje imię i nazwisko, adres oraz numer telefonu lub e-mail, jeśli je od Ciebie dostaliśmy.
privacy-knows-2 = Twoja poprzednia szkoła, Twoje podania do szkół oraz informacje o rozpoczętej i przerwanej nauce.
privacy-knows-3 = Twoje oceny i to, z jakich praw możesz jeszcze skorzystać.
privacy-knows-4 = Twoje odpowiedzi na tej stronie i notatki z rozmów z Tobą.
privacy-why-heading = Dlaczego i na jakiej podstawie
privacy-why-1 = Region (fylke) musi wiedzieć, którzy młodzi ludzie są w grupie docelowej, i dać im propozycję. Tak jest napisane w forskrift til opplæringslova § 13-3 (rozporządzenie do ustawy o edukacji).
privacy-why-2 = Używamy tych informacji tylko po to, żeby Ci pomóc. Nie przekazujemy ich innym, chyba że pozwala na to prawo albo Ty się na to zgodzisz.
privacy-keep-heading = Jak długo przechowujemy dane
privacy-keep-1 = Przechowujemy Twoje dane i odpowiedzi tak długo, jak jesteś w grupie docelowej: do końca roku, w którym masz { $age }. urodziny. Linki w wiadomościach działają przez { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    }.
privacy-keep-2 = Prośby o rozmowę i umówione rozmowy usuwamy { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } po rozmowie. Link do rozmowy działa jeszcze przez { $link_days ->
        [one] { $link_days } dzień
       *[other] { $link_days } dni
    } po jej zakończeniu.
privacy-keep-3 = Wiadomości, które do Ciebie wysłaliśmy, razem z numerem lub adresem e-mail, usuwamy { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } po ich utworzeniu.
privacy-keep-4 = Kody, próby logowania i inne ślady korzystania z formularzy usuwamy po jednej dobie.
privacy-council-heading = Rada OT
privacy-council-1 = Jeśli zgłaszasz się do rady OT, przechowujemy Twoje imię, rok urodzenia, numer komórkowy lub e-mail i to, co piszesz. Na stronie rady członkowie są podani tylko z imieniem i rolą. Propozycje są publikowane tylko bez imienia i tylko wtedy, gdy OT tak zdecyduje.
privacy-council-2 = Koordynator rady w OT zawsze widzi, kto co napisał. Inni członkowie tego nie widzą, jeśli ukryjesz swoje imię. Rozpatrzone zgłoszenia usuwamy po takim samym czasie jak prośby o rozmowę.
privacy-see-heading = Jak zobaczyć lub poprawić swoje dane
privacy-see-1 = Masz prawo zobaczyć, co o Tobie zapisaliśmy, i poprosić o poprawienie błędów. Skontaktuj się z OT.
privacy-see-2 = Zapisujemy każdego pracownika, który ogląda Twoje dane.
privacy-law = Personvernforordningen artikkel 6 nr. 1 bokstav e og artikkel 15 og 16 (RODO: art. 6 ust. 1 lit. e oraz art. 15 i 16). Forskrift til opplæringslova § 13-3 (rozporządzenie do ustawy o edukacji).


## Deklaracja dostępności i tłumaczenia
accessibility-lead = Każdy powinien móc korzystać z Neste steg. Dotyczy to też Ciebie, jeśli używasz czytnika ekranu, tylko klawiatury albo powiększasz ekran.
accessibility-standard-heading = Wymagania, które spełniamy
accessibility-standard-1 = Strony internetowe instytucji publicznych w Norwegii muszą spełniać WCAG 2.1 na poziomie AA. To standard dla stron, z których każdy może korzystać.
accessibility-test-heading = Jak to sprawdzamy
accessibility-test-1 = Za każdym razem, gdy zmieniamy Neste steg, testujemy strony w przeglądarce na małym telefonie. Testujemy z JavaScriptem i bez niego oraz za pomocą narzędzia axe.
accessibility-test-2 = Wszystkiego można używać za pomocą klawiatury. Błędy w formularzu są pokazane przy polu i na liście na górze strony.
accessibility-known-heading = Czego jeszcze nie skończyliśmy
accessibility-known-1 = Niektóre wersje językowe nie zostały jeszcze sprawdzone przez wykwalifikowanego tłumacza. Wtedy na górze strony jest o tym informacja i link do tekstu po norwesku (bokmål).
accessibility-known-2 = Nie testowaliśmy jeszcze stron razem z osobami, które używają czytnika ekranu.
accessibility-feedback-heading = Daj nam znać, jeśli coś nie działa
accessibility-feedback-1 = Zadzwoń albo napisz do OT. Numer telefonu i adres e-mail są na dole strony.
accessibility-feedback-2 = Jeśli odpowiedź Cię nie zadowala, możesz złożyć skargę do Tilsynet for universell utforming av ikt (norweski urząd ds. dostępności cyfrowej). Jego strona internetowa to uutilsynet.no.
accessibility-law = Likestillings- og diskrimineringsloven § 18 (ustawa o równości i przeciwdziałaniu dyskryminacji). Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4 (rozporządzenie o uniwersalnym projektowaniu rozwiązań ICT).
translation-notice = Ta strona jest przetłumaczona. Tłumaczenie nie zostało jeszcze sprawdzone.
translation-original = Przeczytaj tekst po norwesku (bokmål)

## Umawianie rozmowy (młodzież)
booking-lead = Wybierz biuro i sposób spotkania. Wtedy zobaczysz wolne terminy.
booking-office-legend = Do którego biura chcesz przyjść?
booking-form-legend = Jak chcesz się z nami spotkać?
form-office = W biurze
form-phone = Przez telefon
form-video = Przez wideo
form-walk = Na spacerze – idziemy i rozmawiamy
booking-show-times = Pokaż wolne terminy
booking-change-office = Wybierz inne biuro
booking-times-legend = Wybierz termin
booking-times-hint = Godziny są podane według czasu norweskiego. Rozmowa trwa { $minutes } min.
booking-more-days = Pokaż więcej dni
booking-closed-days = Nie oferujemy terminów w dni świąteczne ani w dni, kiedy biuro jest zamknięte.
booking-no-times = W najbliższych tygodniach nie ma wolnych terminów. Zamiast tego poproś, żebyśmy do Ciebie zadzwonili.
booking-slot-missing = Wybierz termin.
booking-date = { $weekday }, { $day } { $month }
date-with-year = { $date } { $year }
booking-time = o godz. { $time }
month = { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
}
booking-about-you = O Tobie
booking-first-name = Imię
booking-first-name-missing = Wpisz swoje imię, używając tylko liter.
booking-contact-hint = Wpisz numer komórkowy albo adres e-mail, żebyśmy mogli Ci odpowiedzieć.
booking-mobile = Numer komórkowy
booking-email = E-mail
booking-mobile-invalid = Wpisz norweski numer komórkowy (8 cyfr) albo numer, który zaczyna się od +.
booking-mobile-country = Kod SMS możemy wysłać tylko na norweskie numery komórkowe. Wpisz norweski numer albo zostaw to pole puste i wpisz swój adres e-mail.
booking-email-invalid = Wpisz adres e-mail, na przykład navn@eksempel.no.
booking-contact-missing = Wpisz numer komórkowy albo adres e-mail.
booking-send = Wyślij prośbę
sending = Wysyłanie …
characters-count = { $count } z { $max } znaków
booking-taken = Ktoś inny właśnie zajął ten termin. Wybierz inny termin.
booking-none-fit-heading = Żaden termin Ci nie pasuje?
booking-none-fit-text = Wtedy zadzwonimy do Ciebie i razem znajdziemy termin.
booking-call-me = Zadzwońcie do mnie
booking-call-me-sent = Dziękujemy! Zadzwonimy do Ciebie jak najszybciej, zwykle w ciągu dwóch dni roboczych.
booking-state-requested = Czekamy na odpowiedź doradcy
booking-state-requested-text = Doradca odpowie Ci najpóźniej { $deadline } i dostaniesz wtedy wiadomość. Do tego czasu termin jest zarezerwowany dla Ciebie.
booking-state-confirmed = Rozmowa jest potwierdzona
booking-state-declined = Doradca nie może w tym terminie
booking-state-expired = Prośba wygasła
booking-state-expired-text = Doradca nie odpowiedział na czas. Wybierz nowy termin albo zadzwoń do nas.
booking-state-withdrawn = Prośba została wycofana
booking-state-cancelled = Rozmowa jest odwołana
booking-state-completed = Rozmowa się odbyła
booking-state-no_show = Nie było Cię na rozmowie
booking-when = Kiedy
booking-how = Jak
booking-where = Gdzie
booking-how-phone = Doradca do Ciebie zadzwoni.
booking-how-video = Przed rozmową dostaniesz link do wideorozmowy.
booking-how-walk = Spotykamy się przed biurem i idziemy na spacer, a przy tym rozmawiamy.
booking-reason = Wiadomość od OT
booking-withdraw = Anuluj moją prośbę
booking-withdraw-confirm = Czy chcesz anulować swoją prośbę? Doradca zostanie o tym poinformowany, a termin zwolni się dla innych.
booking-withdraw-yes = Tak, anuluj
booking-withdraw-keep = Nie, zostaw moją prośbę
booking-cancel = Odwołaj rozmowę
booking-cancel-confirm = Czy chcesz odwołać rozmowę { $when }? Doradca zostanie o tym poinformowany, a termin zwolni się dla innych.
booking-cancel-yes = Tak, odwołaj rozmowę
booking-cancel-keep = Nie, zostaw rozmowę
booking-cancel-reason = Chcesz powiedzieć dlaczego? Nie musisz.
booking-move = Przenieś na inny termin
booking-move-title = Wybierz nowy termin
booking-move-text = Stary termin jest ważny, dopóki doradca nie potwierdzi nowego.
booking-moving = Prośba o przeniesienie rozmowy została wysłana. Stary termin jest ważny, dopóki doradca nie odpowie.
booking-calendar = Pobierz do kalendarza (.ics)
booking-book-again = Umów się na nowy termin
booking-unusable-text = Link nie działa. Zadzwoń do OT pod numer { $phone }, a pomożemy Ci.
message-booking-subject = Rozmowa z { $service }
message-booking-confirmed = Cześć { $name }! Rozmowa z OT jest potwierdzona: { $when }, { $how }. Zobacz, przenieś albo odwołaj tutaj: { $link }
message-reason-from-ot = Wiadomość od OT: { $reason }
message-booking-declined = Cześć { $name }! OT nie może spotkać się w tym terminie: { $when }. { $reason } Wybierz nowy termin tutaj: { $link }
message-booking-expired = Cześć { $name }! Nie zdążyliśmy potwierdzić terminu: { $when }. Wybierz nowy termin albo zadzwoń do nas: { $link }
message-booking-cancelled = Cześć { $name }! Rozmowa została odwołana przez OT: { $when }. { $reason } Umów się na nowy termin tutaj: { $link }
message-booking-cancelled-by-you = Cześć { $name }! Rozmowa została odwołana na Twoją prośbę: { $when }. Jeśli chcesz nowy termin, możesz umówić się tutaj: { $link }
message-booking-requested = Cześć { $name }! Dostaliśmy Twoją prośbę o rozmowę: { $when }. OT wkrótce Ci odpowie. Tutaj możesz ją zobaczyć albo wycofać: { $link }
message-booking-reminder = Cześć { $name }! Pamiętaj o jutrzejszej rozmowie z OT: { $when }, { $how }. Zobacz, przenieś albo odwołaj tutaj: { $link }
booking-code-title = Wpisz kod
booking-code-sent-sms = Wysłaliśmy SMS-em sześciocyfrowy kod na { $to }. Kod działa przez 15 minut. Termin zostanie zarezerwowany dla Ciebie dopiero wtedy, gdy wpiszesz kod.
booking-code-sent-email = Wysłaliśmy e-mailem sześciocyfrowy kod na { $to }. Kod działa przez 15 minut. Termin zostanie zarezerwowany dla Ciebie dopiero wtedy, gdy wpiszesz kod.
booking-code-label = Kod
booking-code-hint = Sześć cyfr, na przykład 123456.
booking-code-missing = Wpisz sześciocyfrowy kod z wiadomości.
booking-code-wrong = To nie jest kod, który wysłaliśmy. Sprawdź wiadomość i spróbuj jeszcze raz.
booking-code-gone = Kod już nie działa. Poproś o nowy kod albo wybierz inny termin.
booking-code-resend = Wyślij mi nowy kod
booking-code-resent = Wysłaliśmy Ci nowy kod. Stary kod już nie działa.
booking-code-last-try = Masz jeszcze jedną próbę. Jeśli nie masz pewności co do kodu, poproś niżej o nowy.
booking-code-submit = Potwierdź i wyślij prośbę
booking-code-again = Wybierz termin jeszcze raz
error-too-many-active = Masz już u nas dwie prośby albo umówione rozmowy. Zadzwoń do OT, jeśli potrzebujesz jeszcze jednej.
message-booking-code-subject = Twój kod od { $service }
message-booking-code-body = { $code } to Twój kod do umówienia rozmowy z { $service }. Działa przez 15 minut. Jeśli to nie Ty prosisz o kod, po prostu zignoruj tę wiadomość.
calendar-summary = Rozmowa z { $service }

## OT-råd
council-title = Rada OT
council-lead = Rada OT to młodzi ludzie, którzy mają za sobą czas bez szkoły lub pracy. Doradzają OT w sprawach, które dotyczą młodzieży. OT odpowiada na każdą propozycję.
council-join-link = Zgłoś się do rady
council-login-link = Jesteś członkiem rady? Zaloguj się
council-mandate-heading = Co robi rada
council-mandate-1 = Radę powołał sejmik regionu (fylkestinget) w grudniu 2020 roku. Działa jak samorząd uczniowski: doradza OT i współpracuje z OT w sprawach, które dotyczą młodzieży.
council-mandate-2 = Rada ma miejsce w młodzieżowej radzie regionu (fylke), bierze udział w debatach i przedstawia sprawy głównej komisji ds. edukacji (hovedutvalget for utdanning).
council-mandate-3 = Kiedy OT pyta radę o zdanie, członkowie rady wysyłają propozycje. Każda propozycja dostaje status i odpowiedź od OT. Odpowiedzi są na tej stronie.
council-plan-heading = Plan na rok
council-plan-empty = W planie na rok nie ma jeszcze nic.
council-plan-meeting = Spotkanie
council-plan-hearing_deadline = Termin na propozycje
council-plan-report_to_committee = Raport dla głównej komisji ds. edukacji
council-plan-other = Inne
council-members-heading = Członkowie
council-members-empty = Rada nie ma teraz członków.
council-role-leader = przewodniczący
council-role-deputy = zastępca przewodniczącego
council-role-member = członek
council-answers-heading = Propozycje i odpowiedzi OT
council-answers-empty = Nie opublikowano jeszcze żadnych propozycji.
council-answer-from-ot = Odpowiedź OT:
council-status-received = Otrzymano
council-status-considering = OT rozważa propozycję
council-status-answered = Jest odpowiedź
council-status-acted_on = Uwzględniono
council-status-not_acted_on = Nie uwzględniono
council-statements-heading = Opinie
council-statements-empty = Nie opublikowano jeszcze żadnych opinii.
council-minutes-heading = Protokoły
council-minutes-empty = Nie opublikowano jeszcze żadnych protokołów.
council-join-heading = Dołącz do Rady OT
council-join-text = Masz od 15 do 24 lat i masz za sobą czas bez szkoły lub pracy? Wtedy wiesz, co pomaga, a OT chce to usłyszeć. Rada spotyka się kilka razy w roku. Możesz powiedzieć, co myślisz, kiedy Ci pasuje.
council-join-keep-seat = Jeśli wrócisz do szkoły albo do pracy, przez pierwszy rok możesz zostać w radzie.
council-back = Wróć do Rady OT
council-apply-title = Zgłoś się do Rady OT
council-apply-intro = Wypełnij formularz, a koordynator rady w OT skontaktuje się z Tobą.
council-apply-age = Wiek
council-apply-age-invalid = Wpisz swój wiek cyframi, na przykład 17.
council-apply-channel-legend = Jak mamy się z Tobą skontaktować?
council-apply-channel-invalid = Wybierz SMS albo e-mail. Potem wpisz numer komórkowy albo adres e-mail.
council-apply-reason = Dlaczego chcesz dołączyć? (nie musisz odpowiadać)
council-apply-reason-too-long = Tekst może mieć najwyżej 1000 znaków.
council-apply-send = Wyślij zgłoszenie
council-apply-sent-title = Dziękujemy! Mamy Twoje zgłoszenie
council-apply-sent-text = Koordynator rady w OT już o nim wie.
council-apply-next-heading = Co będzie dalej
council-apply-next = Koordynator rady przeczyta Twoje zgłoszenie i skontaktuje się z Tobą w wybrany przez Ciebie sposób, zwykle w ciągu dwóch tygodni. Jeśli dołączysz do rady, dostaniesz wiadomość, jak się zalogować.
council-login-title = Logowanie do Rady OT
council-login-intro = Wpisz numer komórkowy albo adres e-mail, który zna Rada OT. Jeśli jesteś członkiem rady, wyślemy Ci kod i link.
council-login-contact = Numer komórkowy albo e-mail
council-login-contact-invalid = Wpisz numer komórkowy albo adres e-mail.
council-login-send = Wyślij mi kod
council-code-title = Wpisz kod
council-code-sent = Jeśli jesteś członkiem Rady OT, wysłaliśmy Ci sześciocyfrowy kod. Kod działa przez 15 minut. Możesz też użyć linku z wiadomości.
council-code-label = Kod
council-code-missing = Wpisz sześciocyfrowy kod.
council-code-gone = Kod już nie działa. Poproś o nowy kod.
council-code-new = Poproś o nowy kod
council-code-send = Zaloguj się
council-link-title = Logowanie do Rady OT
council-link-text = Naciśnij przycisk, żeby się zalogować.
council-link-button = Zaloguj się
council-link-gone = Link już nie działa. Działa tylko raz i tylko przez 15 minut.
council-member-title = Rada OT dla członków
council-member-greeting = Cześć, { $name }!
council-member-back = Wróć do przeglądu
council-logout = Wyloguj się
council-hearings-heading = Konsultacje
council-hearings-empty = Teraz nie ma żadnych konsultacji.
council-hearing-deadline = Termin: { $deadline }
council-hearing-open = Można wysyłać propozycje
council-hearing-closed = Termin minął
council-hearing-closed-text = Termin minął. Możesz przeczytać propozycje i odpowiedzi OT.
council-hearing-question = Pytanie
council-hearing-background = Tło sprawy
council-meetings-heading = Spotkania
council-meetings-empty = Nie ma zaplanowanych spotkań.
council-meeting-calendar = Dodaj do kalendarza (.ics)
council-meeting-minutes = Protokół
council-input-heading = Twoja propozycja
council-input-label = Twoja propozycja
council-input-missing = Napisz swoją propozycję (najwyżej 2000 znaków).
council-input-hide-name = Ukryj moje imię przed innymi członkami rady (OT zawsze je widzi)
council-input-send = Wyślij propozycję
council-input-yours = Twoja propozycja
council-input-change = Zmień propozycję
council-input-save = Zapisz zmianę
council-input-withdraw = Wycofaj propozycję
council-input-pending = OT najpierw to sprawdzi. Potem inni członkowie rady będą mogli to przeczytać.
council-input-hidden = Ukryte przez OT: { $reason }
council-input-anonymous = Członek rady
council-others-heading = Propozycje innych
council-supports = { $count ->
    [0] Nikt jeszcze tego nie popiera
    [one] { $count } osoba to popiera
    [few] { $count } osoby to popierają
    [many] { $count } osób to popiera
   *[other] { $count } osoby to popiera
}
council-support = Poprzyj
council-support-of = Poprzyj propozycję ({ $name })
council-unsupport = Wycofaj poparcie
council-unsupport-of = Wycofaj poparcie dla propozycji ({ $name })
council-comment-label = Komentarz do propozycji ({ $name })
council-comment-missing = Napisz komentarz (najwyżej 1000 znaków).
council-comment-send = Wyślij komentarz
council-comment-withdraw = Wycofaj komentarz
council-report = Zgłoś do OT
council-report-comment = Zgłoś komentarz do OT
council-report-reason = Co jest nie tak? (nie musisz odpowiadać)
council-report-send = Wyślij do OT
council-saved = Zapisano.
council-sent = Dziękujemy! Twoja opinia została wysłana. Oto, co napisałeś/napisałaś:
council-closed-error = Termin minął, więc nie można już tego zmienić.
council-not-allowed = Nie możesz tego zrobić z tą propozycją.
message-council-login-subject = Logowanie do Rady OT – { $service }
message-council-login-body = { $code } to Twój kod do logowania do Rady OT. Działa tylko raz, przez 15 minut. Możesz też zalogować się przez ten link: { $link } Jeśli to nie Ty prosisz o kod, po prostu zignoruj tę wiadomość.
message-council-answer-subject = Masz odpowiedź od OT na swoją propozycję
message-council-answer-body = Cześć { $name }! Masz odpowiedź od OT na swoją propozycję w konsultacjach „{ $hearing }”. Zaloguj się i przeczytaj odpowiedź tutaj: { $link }
message-council-admitted-subject = Witamy w radzie OT w { $service }
message-council-admitted-body = Cześć { $name }! Przyjęliśmy cię do rady OT. Zaloguj się numerem telefonu lub adresem e-mail, którego użyłeś w zgłoszeniu, a dostaniesz kod: { $link }
message-council-declined-subject = Odpowiedź na twoje zgłoszenie do rady OT w { $service }
message-council-declined-body = Cześć { $name }! Dziękujemy za zgłoszenie do rady OT. Tym razem nie było dla ciebie miejsca. Nadal możesz śledzić radę i wyrażać swoje zdanie tutaj: { $link }

## Tall
figures-title = Liczby: czy OT dociera do wszystkich?
figure-table-show = Pokaż liczby w tabeli
figures-lead = OT musi wiedzieć, kto jest w grupie docelowej, i skontaktować się z każdą z tych osób. Tutaj są liczby dla całego kraju i dla regionu oraz to, co do tej pory pokazuje Neste steg.
figures-fewer-than-five = mniej niż 5
figures-hidden = ukryte
figures-too-few = za mało, żeby pokazać
figures-count = Liczba
figures-year = Rok
figures-county = Region
figures-share = Odsetek
figures-group = Grupa
figures-group-unknown_activity = Nieznana aktywność
figures-group-follow_up = Objęci wsparciem i doradztwem
figures-group-in_activity = Mają zajęcie
figures-group-clarified = Sytuacja wyjaśniona
figures-group-not_in_target_group = Poza grupą docelową
figures-national-heading = Młodzi ludzie objęci wsparciem OT w całym kraju
figures-national-caption = Młodzi ludzie objęci wsparciem OT w czerwcu, cały kraj
figures-counties-heading = Regiony w czerwcu 2024 roku
figures-counties-caption = Młodzi ludzie objęci wsparciem OT w czerwcu 2024 roku, według regionów
figures-unreached-heading = Młodzi ludzie, z którymi OT nie udało się skontaktować
figures-unreached-caption = Odsetek osób, z którymi OT nie udało się skontaktować w 2024 roku – regiony z najwyższym odsetkiem
figures-vestfold-heading = Vestfold, 15 czerwca 2024 roku
figures-vestfold-text = W OT w regionie Vestfold zarejestrowano { $registered } młodych osób. W grupie docelowej było ich { $target }, a poza nią { $outside }.
figures-vestfold-caption = Młodzi ludzie z grupy docelowej w regionie Vestfold 15 czerwca 2024 roku, według głównych grup
figures-source-udir = Źródło: Norweska Dyrekcja ds. Edukacji i Szkoleń (Udir), dane z czerwca, opublikowane w sierpniu 2024 roku.
figures-source-vestfold = Źródło: OT Vestfold, raport roczny 2023/24. Data liczenia: 15 czerwca 2024 roku.
figures-portal-heading = Liczby z Neste steg: { $service }
figures-portal-period = Okres
figures-portal-sent = Wysłane prośby o odpowiedź
figures-portal-answered = Odpowiedzi
figures-portal-rate = Odsetek osób, które odpowiedziały
figures-portal-median = Dni do odpowiedzi (mediana)
figures-portal-groups-caption = Młodzi ludzie według głównych grup, data liczenia: { $date }
figures-portal-no-count-date = W Neste steg nie ma jeszcze daty liczenia.
figures-suppression = Nie pokazujemy liczb mniejszych niż 5 ani liczb, z których można je wyliczyć. Dzięki temu nikogo nie da się rozpoznać.
