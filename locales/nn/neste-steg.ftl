# Neste steg — nynorsk.
service-name = Neste steg
skip-to-content = Hopp til innhaldet
menu = Meny
nav-label = Hovudmeny
language-picker = Språk – Language
home-title = Framside
home-heading = Kva vil du gjere?
home-lead = Oppfølgingstenesta (OT) hjelper deg mellom 15 og 24 år som ikkje går på skule eller er i jobb. Her kan du svare OT, lese om rettane dine og bestille ein samtale.
home-no-thanks = Du bestemmer sjølv. Det er heilt greitt å svare «nei takk».
task-answer = Svar OT
task-answer-text = Har du fått ei melding eller eit brev frå OT? Svar her. Det tek eitt minutt.
task-rights = Rettane dine
task-rights-text = Kva du har rett til, og kva OT skal gjere for deg.
task-guardians = For føresette
task-guardians-text = For deg som er forelder eller føresett til ein ungdom under 18 år.
task-booking = Bestill ein samtale
task-booking-text = Vel ei tid som passar deg, på kontoret, på telefon, på video eller på tur.
task-council = OT-rådet
task-council-text = Ungdom som gir OT råd. Les fråsegner, eller sei meininga di.
task-staff = Innlogging for tilsette
contact-heading = Kontakt og kontor
contact-lead = Du kan kontakte OT direkte. Du treng ikkje tilvising.
contact-phone = Telefon:
contact-email = E-post:
contact-opening-hours = Opningstider
weekday = { $day ->
    [1] måndag
    [2] tysdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] laurdag
   *[7] sundag
}
privacy-heading = Personvern
accessibility-heading = Tilgjengeerklæring
not-found-title = Fann ikkje sida
not-found-heading = Vi fann ikkje sida
not-found-text = Lenkja kan vere feil, eller sida kan vere flytta.
not-found-home = Gå til framsida
error-not-found = Vi fann ikkje det du leitte etter.
error-invalid-input = Noko i skjemaet må rettast.
error-conflict = Nokon andre endra dette samstundes. Prøv igjen.
error-bad-request = Vi kunne ikkje lese det som vart sendt. Last inn sida på nytt og prøv igjen.
error-internal = Noko gjekk gale hos oss. Prøv igjen om litt. Svara du alt har sendt, er lagra.
error-network = Vi fekk ikkje kontakt med tenaren. Sjekk nettet og prøv igjen.
error-forbidden-origin = Skjemaet kom ikkje frå Neste steg, så vi har ikkje gjort noko. Gå tilbake til sida og prøv igjen.
error-summary-title = Det er noko som må rettast
error-sign-in = Du må logge inn for å sjå denne sida.
error-wrong-credentials = E-postadressa eller passordet er feil.
error-account-disabled = Kontoen din er stengd. Kontakt ein administrator i OT.
error-throttled = For mange forsøk på kort tid. Vent eit kvarter og prøv igjen.

## Svar frå lenkje eller kode (ungdom)
answer-title = Svar til OT
answer-greeting = Hei, { $name }!
answer-intro = { $service } vil gjerne vite kva du gjer no. Då kan vi hjelpe deg om du treng det. Det tek eitt minutt.
answer-continue = Hald fram
answer-your-answer = Du har svart: { $activity }
answer-change = Endre svaret
answer-activity-question = Kva gjer du no?
answer-activity-hint = Vel det som passar best.
answer-activity-missing = Vel det som passar best for deg.
activity-school = Eg går på vidaregåande skule
activity-private_school = Eg går på ein privat skule
activity-apprenticeship = Eg er lærling eller lærekandidat
activity-work = Eg jobbar
activity-military_service = Eg er i militæret (førstegongsteneste)
activity-home_with_child = Eg er heime med barn
activity-ill_or_institution = Eg er sjuk eller bur på ein institusjon
activity-course = Eg går på folkehøgskule eller eit anna kurs
activity-moved_county = Eg har flytta til eit anna fylke
activity-moved_abroad = Eg har flytta til eit anna land
activity-wants_help = Eg vil ha hjelp eller ein samtale
activity-no_thanks = Nei takk, eg treng ikkje hjelp
answer-next = Neste
answer-details-question = Vil du fortelje meir?
answer-details-hint = Du kan hoppe over dette. Skriv til dømes namnet på skulen eller jobben.
answer-details-hint-help = Du kan hoppe over dette. Skriv gjerne kva du vil ha hjelp til.
answer-details-too-long = Teksten kan ha høgst 1000 teikn.
answer-contact-question = Korleis vil du at OT skal kontakte deg?
answer-channels-legend = Vel ein eller fleire måtar
answer-channels-missing = Vel minst éin måte vi kan kontakte deg på.
answer-contact-mobile-hint = Vi har ikkje mobilnummeret ditt. Vil du ha SMS eller bli ringd, skriv det her.
answer-contact-email-hint = Vi har ikkje e-postadressa di. Vil du ha e-post, skriv ho her.
answer-contact-letter-hint = Vi har ikkje mobilnummer eller e-post til deg. Skriv det vi kan bruke for å nå deg.
answer-mobile-needed = Skriv mobilnummeret ditt, så vi kan sende SMS eller ringje deg.
answer-email-needed = Skriv e-postadressa di, så vi kan sende deg e-post.
channel-sms = SMS
channel-call = Telefon
channel-email = E-post
answer-time-legend = Når passar det best?
answer-time-missing = Vel når det passar best.
contact-time-any = Når som helst på dagen
contact-time-morning = Før klokka 12
contact-time-afternoon = Mellom klokka 12 og 16
contact-time-evening = Etter klokka 16
answer-send = Send svaret
answer-receipt-title = Takk! Vi har fått svaret ditt
answer-receipt-reference = Referansen din:
answer-receipt-next-heading = Dette skjer no
answer-receipt-next = Ein rettleiar hos OT les svaret ditt. Vil du ha hjelp, tek vi kontakt slik du har valt. Du kan òg ringje oss på { $phone }.
answer-book = Bestill ein samtale med ein rettleiar
answer-handled-title = Vi har fått svaret ditt
answer-handled-text = Ein rettleiar har lese svaret ditt. Vil du endre noko, kan du ringje OT på { $phone }.
answer-unusable-title = Lenkja verkar ikkje
answer-unusable-text = Lenkja kan vere for gammal, eller ho er skriven feil. Ring OT på { $phone }, eller bruk koden frå brevet ditt.
answer-throttled-text = Det har vore for mange forsøk frå denne eininga. Vent eit kvarter og prøv igjen, eller ring OT på { $phone }.
answer-code-link = Eg har ein kode frå eit brev
answer-code-title = Svar med koden frå brevet
answer-code-intro = Koden står i brevet frå OT. Han har åtte teikn.
answer-code-label = Koden frå brevet
answer-code-wrong = Vi finn ikkje den koden. Sjekk at du har skrive han rett, eller ring OT.
answer-code-ended = Koden er rett, men han verkar ikkje lenger: førespurnaden har gått ut eller er trekt tilbake. Ring OT på { $phone }, så hjelper vi deg.
answer-code-missing = Skriv inn koden frå brevet.

## Meldingar på SMS og e-post
message-contact-subject = Melding frå { $service }
message-contact-body = Hei { $name }! { $service } lurer på kva du gjer no. Svar her, det tek eitt minutt: { $link } Koden din er { $code }. Helsing OT
message-reminder-body = Hei igjen { $name }! Vi har ikkje høyrt frå deg enno. Svar her: { $link } Helsing { $service }
message-guardian-subject = Informasjon frå { $service }
message-guardian-body = Hei! { $service } har skrive til barnet ditt. Her kan du lese om rettane til ungdom og kva OT kan hjelpe med: { $link } Helsing OT

## Informasjonssider: rettar, føresette, tilbod, oppfølging, personvern
# Korte setningar og «du»: sidene for ungdom skal ha LIX under 40 (app/tests/readability.rs).
info-law = Lovgrunnlag
info-related = Les òg
info-printed = Skrive ut { $date } frå { $url }
rights-title = Rettane dine
rights-lead = Er du mellom 15 og 24 år? Går du ikkje på skule og har ikkje jobb? Då skal OT hjelpe deg.
rights-who-heading = Kven er OT for?
rights-who-1 = OT tyder Oppfølgingstenesta. Alle fylke har ei slik teneste.
rights-who-2 = OT er for deg som har rett til vidaregåande opplæring. Du går ikkje på skule, og du har ikkje jobb.
rights-who-3 = OT er for deg heilt til og med det året du fyller 24 år.
rights-who-4 = Du kan ta kontakt sjølv. Du treng ikkje noko skjema eller nokon tilvising.
rights-school-heading = Du har rett til vidaregåande opplæring
rights-school-1 = Du har rett til å ta vidaregåande skule. Du kan ta fag på skule, som lærling eller på andre måtar.
rights-school-2 = OT hjelper deg å finne ut kva som passar for deg.
rights-duty-heading = Dette skal OT gjere for deg
rights-duty-1 = OT skal vite kven som ikkje går på skule og ikkje har jobb.
rights-duty-2 = OT skal gi deg skriftleg informasjon om rettane dine. Denne sida er ein del av det.
rights-duty-3 = OT skal ta kontakt med deg og tilby deg rettleiing.
rights-duty-4 = OT skal gi deg eit tilbod. Det kan vere skule, arbeid, kurs eller noko anna.
rights-duty-5 = OT skal følgje deg opp med samtalar så lenge du treng det.
rights-no-heading = Du bestemmer sjølv
rights-no-1 = Du kan seie nei takk. Det er heilt greitt.
rights-no-2 = Du kan ombestemme deg seinare. Då kan du berre ta kontakt igjen.
rights-law = Forskrift til opplæringslova §§ 13-1 til 13-4. Opplæringslova (2023) § 9-4.
guardians-title = For føresette
guardians-lead = Er du forelder eller føresett til ein ungdom under 18 år? Her kan du lese kva ungdomen har rett til, og kva OT gjer.
guardians-why-heading = Kvifor får du denne informasjonen?
guardians-why-1 = OT skal gi skriftleg informasjon til alle ungdomar i målgruppa. Føresette til ungdom under 18 år skal få den same informasjonen.
guardians-why-2 = Ungdomen har fått ei eiga melding frå OT. Svara til ungdomen sender vi ikkje til deg.
guardians-rights-heading = Kva har ungdomen rett til?
guardians-rights-1 = Ungdomen har rett til vidaregåande opplæring. OT er for ungdom som ikkje går på skule og ikkje har jobb, til og med året dei fyller 24 år.
guardians-rights-2 = OT skal ta kontakt, rettleie og gi eit tilbod om skule, arbeid eller anna opplæring. OT følgjer opp så lenge det trengst.
guardians-help-heading = Korleis kan du hjelpe?
guardians-help-1 = Snakk med ungdomen om kva dei vil. Det er lov å seie nei takk til OT.
guardians-help-2 = Du kan ringje OT sjølv på { $phone } viss du er uroleg. Du treng inga tilvising.
guardians-18-heading = Når ungdomen fyller 18 år
guardians-18-1 = Då er ungdomen myndig. OT har teieplikt og kan ikkje fortelje deg noko utan at ungdomen seier ja.
guardians-18-2 = Ungdomen kan gi OT lov til å snakke med deg. Spør ungdomen.
guardians-law = Forskrift til opplæringslova § 13-3 bokstav b. Forvaltningslova § 13 om teieplikt.
offers-title = Kva OT kan tilby
offers-lead = OT finn eit tilbod saman med deg. Her er nokre døme.
offers-1 = Samtalar og hjelp til å velje skule, fag eller jobb.
offers-2 = Praksis på ein vanleg arbeidsplass, med tett oppfølging. Det kan føre til ein læreplass.
offers-3 = Kurs og aktivitetar, til dømes friluftsliv, kunst og trening.
offers-4 = Undervisning i fag, så du kan ta eksamen som privatist.
offers-5 = Hjelp til å samarbeide med NAV og andre, så du slepp å gå til mange stader åleine.
offers-law = Forskrift til opplæringslova §§ 13-1 og 13-4.
followup-title = Slik går oppfølginga føre seg
followup-lead = Her kan du lese kva som skjer når du har kontakt med OT.
followup-talk-heading = Den første samtalen
followup-talk-1 = Du møter ein rettleiar. De snakkar om korleis du har det, og kva du vil.
followup-talk-2 = Du kan ta med deg nokon du stolar på.
followup-plan-heading = Planen din
followup-plan-1 = Saman lagar de ein plan. Planen seier kva du skal gjere, og kva OT skal gjere.
followup-plan-2 = Planen kan endrast når du vil.
followup-no-heading = Du kan seie nei
followup-no-1 = Det er frivillig å få hjelp frå OT. Du kan seie nei, og du kan kome tilbake seinare.
followup-law = Forskrift til opplæringslova § 13-3 bokstav c til e.
privacy-lead = Her står det kva OT veit om deg, kvifor, og korleis du kan sjå det.
privacy-knows-heading = Kva OT veit om deg
privacy-knows-1 = Namnet ditt, adressa di og telefonnummeret eller e-posten din viss du har gitt oss det.
privacy-knows-2 = Kva skule du gjekk på, kva du har søkt, byrja på og slutta på.
privacy-knows-3 = Karakterane dine og kva rettar du har att.
privacy-knows-4 = Det du sjølv svarar oss her, og notat frå samtalar med deg.
privacy-why-heading = Kvifor og på kva grunnlag
privacy-why-1 = Fylket må ha oversikt over ungdom i målgruppa og gi dei eit tilbod. Det står i forskrift til opplæringslova § 13-3.
privacy-why-2 = Vi brukar berre opplysningane for å hjelpe deg. Vi deler dei ikkje med andre utan lov eller at du seier ja.
privacy-keep-heading = Kor lenge vi lagrar
privacy-keep-1 = Vi lagrar opplysningane og svara dine så lenge du er i målgruppa: til og med året du fyller { $age }. Lenkjer i meldingar verkar i { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }.
privacy-keep-2 = Førespurnader om samtale og avtalte samtalar slettar vi { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } etter samtalen. Lenkja til samtalen verkar i { $link_days ->
        [one] { $link_days } dag
       *[other] { $link_days } dagar
    } etter at han er over.
privacy-keep-3 = Meldingar vi har sendt deg, med nummeret eller e-postadressa, slettar vi { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } etter at dei vart laga.
privacy-keep-4 = Kodar, innloggingsforsøk og andre spor etter bruk av skjemaa slettar vi etter eitt døgn.
privacy-council-heading = OT-rådet
privacy-council-1 = Søkjer du om å bli med i OT-rådet, lagrar vi førenamnet ditt, fødselsåret, mobilnummeret eller e-posten din og det du skriv. På sida til rådet står medlemmene med førenamn og rolle. Innspel blir publiserte berre utan namn, og berre når OT vel det.
privacy-council-2 = Rådskoordinatoren i OT ser alltid kven som har skrive kva. Dei andre medlemmene ser det ikkje om du skjuler namnet ditt. Søknader som er behandla, slettar vi etter like lang tid som førespurnader om samtale.
privacy-see-heading = Sjå eller rette opplysningane
privacy-see-1 = Du har rett til å sjå kva vi har lagra om deg, og til å få retta feil. Ta kontakt med OT.
privacy-see-2 = Alle tilsette som ser opplysningane dine, blir logga.
privacy-law = Personvernforordninga artikkel 6 nr. 1 bokstav e og artikkel 15 og 16. Forskrift til opplæringslova § 13-3.


## Tilgjengeerklæring og omsetjingar
accessibility-lead = Alle skal kunne bruke Neste steg. Det gjeld òg deg som bruker skjermlesar, berre tastatur eller forstørrar skjermen.
accessibility-standard-heading = Krava vi følgjer
accessibility-standard-1 = Nettsider frå det offentlege i Noreg skal følgje WCAG 2.1 på nivå AA. Det er ein standard for nettsider som alle kan bruke.
accessibility-test-heading = Slik sjekkar vi det
accessibility-test-1 = Kvar gong vi endrar Neste steg, testar vi sidene i ein nettlesar på ein liten mobil. Vi testar både med og utan JavaScript, og med verktøyet axe.
accessibility-test-2 = Alt kan brukast med tastatur. Feil i eit skjema blir viste ved feltet og i ei liste øvst på sida.
accessibility-known-heading = Det vi ikkje er ferdige med
accessibility-known-1 = Nokre språk er ikkje sjekka av ein utdanna omsetjar enno. Då står det øvst på sida, med ei lenkje til teksten på bokmål.
accessibility-known-2 = Vi har enno ikkje testa sidene saman med brukarar som bruker skjermlesar.
accessibility-feedback-heading = Sei frå viss noko ikkje verkar
accessibility-feedback-1 = Ring eller skriv til OT. Telefon og e-post står nedst på sida.
accessibility-feedback-2 = Er du ikkje nøgd med svaret, kan du klage til Tilsynet for universell utforming av ikt. Nettsida deira er uutilsynet.no.
accessibility-law = Likestillings- og diskrimineringslova § 18. Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4.
translation-notice = Denne sida er omsett. Omsetjinga er ikkje sjekka enno.
translation-original = Les teksten på bokmål

## Bestille ein samtale (ungdom)
booking-lead = Vel kontor og korleis du vil møte oss. Då ser du ledige tider.
booking-office-legend = Kva kontor vil du til?
booking-form-legend = Korleis vil du møte oss?
form-office = På kontoret
form-phone = På telefon
form-video = På video
form-walk = På tur – vi går og pratar
booking-show-times = Vis ledige tider
booking-change-office = Vel eit anna kontor
booking-times-legend = Vel ei tid
booking-times-hint = Tidene er norsk tid. Samtalen varer { $minutes } minutt.
booking-more-days = Vis fleire dagar
booking-closed-days = Vi tilbyr ikkje tider på heilagdagar og dagar kontoret er stengt.
booking-no-times = Det er ingen ledige tider dei neste vekene. Be oss ringje deg i staden.
booking-slot-missing = Vel ei tid.
booking-date = { $weekday } { $day }. { $month }
date-with-year = { $date } { $year }
booking-time = kl. { $time }
month = { $month ->
    [1] januar
    [2] februar
    [3] mars
    [4] april
    [5] mai
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] desember
}
booking-about-you = Om deg
booking-first-name = Førenamn
booking-first-name-missing = Skriv førenamnet ditt, berre med bokstavar.
booking-contact-hint = Skriv mobilnummer eller e-post, så vi kan svare deg.
booking-mobile = Mobilnummer
booking-email = E-post
booking-mobile-invalid = Skriv eit norsk mobilnummer med 8 siffer, eller eit nummer som byrjar med +.
booking-mobile-country = Vi kan berre sende koden på SMS til norske mobilnummer. Skriv eit norsk mobilnummer, eller la feltet stå tomt og skriv e-postadressa di.
booking-email-invalid = Skriv ei e-postadresse som namn@døme.no.
booking-contact-missing = Skriv mobilnummer eller e-post.
booking-send = Send førespurnaden
sending = Sender …
characters-count = { $count } av { $max } teikn
booking-taken = Nokon andre tok akkurat den tida. Vel ei anna tid.
booking-none-fit-heading = Passar ingen av tidene?
booking-none-fit-text = Då ringjer vi deg, og så finn vi ei tid saman.
booking-call-me = Ring meg
booking-call-me-sent = Takk! Vi ringjer deg så snart vi kan, vanlegvis innan to arbeidsdagar.
booking-state-requested = Vi ventar på svar frå rettleiaren
booking-state-requested-text = Rettleiaren svarar deg seinast { $deadline }, og du får ei melding når det er gjort. Til då er tida halden av til deg.
booking-state-confirmed = Samtalen er stadfesta
booking-state-declined = Rettleiaren kan ikkje denne tida
booking-state-expired = Førespurnaden gjekk ut
booking-state-expired-text = Rettleiaren rakk ikkje å svare i tide. Vel ei ny tid, eller ring oss.
booking-state-withdrawn = Du har trekt førespurnaden
booking-state-cancelled = Samtalen er avlyst
booking-state-completed = Samtalen er ferdig
booking-state-no_show = Du kom ikkje til samtalen
booking-when = Når
booking-how = Korleis
booking-where = Kvar
booking-how-phone = Rettleiaren ringjer deg.
booking-how-video = Du får ei lenkje til videosamtalen før samtalen.
booking-how-walk = Vi møtest utanfor kontoret og går ein tur medan vi pratar.
booking-reason = Beskjed frå OT
booking-withdraw = Avbestill tida
booking-withdraw-confirm = Vil du avbestille tida? Rettleiaren får beskjed, og tida blir ledig for andre.
booking-withdraw-yes = Ja, avbestill
booking-withdraw-keep = Nei, behald tida
booking-cancel = Avlys samtalen
booking-cancel-confirm = Vil du avlyse samtalen { $when }? Rettleiaren får beskjed, og tida blir ledig for andre.
booking-cancel-yes = Ja, avlys samtalen
booking-cancel-keep = Nei, behald samtalen
booking-cancel-reason = Vil du seie kvifor? Det er frivillig.
booking-move = Flytt til ei anna tid
booking-move-title = Vel ei ny tid
booking-move-text = Den gamle tida gjeld heilt til rettleiaren har stadfesta den nye.
booking-moving = Du har bede om å flytte samtalen. Den gamle tida gjeld til rettleiaren har svart.
booking-calendar = Last ned til kalenderen (.ics)
booking-book-again = Bestill ei ny tid
booking-unusable-text = Lenkja verkar ikkje. Ring OT på { $phone }, så hjelper vi deg.
message-booking-subject = Samtale med { $service }
message-booking-confirmed = Hei { $name }! Samtalen med OT er stadfesta: { $when }, { $how }. Sjå, flytt eller avlys her: { $link }
message-reason-from-ot = Beskjed frå OT: { $reason }
message-booking-declined = Hei { $name }! OT kan ikkje { $when }. { $reason } Vel ei ny tid her: { $link }
message-booking-expired = Hei { $name }! Vi rakk ikkje å stadfeste { $when }. Vel ei ny tid eller ring oss: { $link }
message-booking-cancelled = Hei { $name }! OT har avlyst samtalen { $when }. { $reason } Bestill ei ny tid her: { $link }
message-booking-cancelled-by-you = Hei { $name }! Du har avlyst samtalen { $when }. Vil du ha ei ny tid, kan du bestille her: { $link }
message-booking-requested = Hei { $name }! Vi har fått førespurnaden din om ein samtale { $when }. OT svarar deg snart. Her kan du sjå han eller trekkje han tilbake: { $link }
message-booking-reminder = Hei { $name }! Hugs samtalen med OT i morgon: { $when }, { $how }. Sjå, flytt eller avlys her: { $link }
booking-code-title = Skriv inn koden
booking-code-sent-sms = Vi har sendt ein kode på seks siffer på SMS til { $to }. Koden verkar i 15 minutt. Tida blir halden av til deg først når du har skrive han inn.
booking-code-sent-email = Vi har sendt ein kode på seks siffer på e-post til { $to }. Koden verkar i 15 minutt. Tida blir halden av til deg først når du har skrive han inn.
booking-code-label = Koden
booking-code-hint = Seks siffer, til dømes 123456.
booking-code-missing = Skriv koden på seks siffer frå meldinga.
booking-code-wrong = Det er ikkje koden vi sende. Sjå i meldinga og prøv igjen.
booking-code-gone = Koden verkar ikkje lenger. Be om ein ny kode, eller vel ei anna tid.
booking-code-resend = Send meg ein ny kode
booking-code-resent = Vi har sendt deg ein ny kode. Den gamle verkar ikkje lenger.
booking-code-last-try = Du har eitt forsøk att. Er du usikker på koden, kan du be om ein ny under.
booking-code-submit = Stadfest og send førespurnaden
booking-code-again = Vel tid på nytt
error-too-many-active = Du har allereie to førespurnader eller avtalar hos oss. Ring OT viss du treng ein til.
message-booking-code-subject = Koden din frå { $service }
message-booking-code-body = { $code } er koden din for å bestille ein samtale med { $service }. Han verkar i 15 minutt. Har du ikkje bede om ein kode, kan du sjå bort frå denne meldinga.
calendar-summary = Samtale med { $service }

## OT-råd
council-title = OT-rådet
council-lead = OT-rådet er ungdommar som har vore utanfor skule eller jobb. Dei gir OT råd om det som gjeld unge, og OT svarar på kvart innspel.
council-join-link = Søk om å bli med
council-login-link = Er du medlem? Logg inn
council-mandate-heading = Dette gjer rådet
council-mandate-1 = Rådet vart sett ned av fylkestinget i desember 2020. Det fungerer som eit elevråd: det gir råd til OT og samarbeider med OT om saker som gjeld ungdom.
council-mandate-2 = Rådet har ein plass i ungdomsrådet i fylket, deltek i debattar og legg fram saker for hovudutvalet for utdanning.
council-mandate-3 = Når OT spør rådet, sender medlemmene innspel. Kvart innspel får ein status og eit svar frå OT, og svara står på denne sida.
council-plan-heading = Årshjulet
council-plan-empty = Det er ikkje sett opp noko i årshjulet enno.
council-plan-meeting = Møte
council-plan-hearing_deadline = Frist for innspel
council-plan-report_to_committee = Rapport til hovudutvalet for utdanning
council-plan-other = Anna
council-members-heading = Medlemmer
council-members-empty = Rådet har ingen medlemmer akkurat no.
council-role-leader = leiar
council-role-deputy = nestleiar
council-role-member = medlem
council-answers-heading = Innspel og svar frå OT
council-answers-empty = Ingen innspel er publiserte enno.
council-answer-from-ot = Svar frå OT:
council-status-received = Motteke
council-status-considering = OT vurderer innspelet
council-status-answered = Svart på
council-status-acted_on = Følgt opp
council-status-not_acted_on = Ikkje følgt opp
council-statements-heading = Fråsegner
council-statements-empty = Ingen fråsegner er publiserte enno.
council-minutes-heading = Referat
council-minutes-empty = Ingen referat er publiserte enno.
council-join-heading = Bli med i OT-rådet
council-join-text = Er du mellom 15 og 24 år og har vore utanfor skule eller jobb? Då veit du kva som hjelper, og det vil OT høyre. Rådet møtest nokre gonger i året, og du kan seie meininga di når det passar deg.
council-join-keep-seat = Byrjar du på skule eller i jobb igjen, kan du halde på plassen i rådet det første året.
council-back = Tilbake til OT-rådet
council-apply-title = Søk om å bli med i OT-rådet
council-apply-intro = Fyll ut skjemaet, så tek rådskoordinatoren i OT kontakt med deg.
council-apply-age = Alder
council-apply-age-invalid = Skriv alderen din med tal, til dømes 17.
council-apply-channel-legend = Korleis vil du at vi tek kontakt?
council-apply-channel-invalid = Vel SMS eller e-post, og skriv nummeret eller adressa for det du vel.
council-apply-reason = Kvifor vil du vere med? (valfritt)
council-apply-reason-too-long = Teksten kan ha høgst 1000 teikn.
council-apply-send = Send søknaden
council-apply-sent-title = Takk! Vi har fått søknaden din
council-apply-sent-text = Rådskoordinatoren i OT har fått melding.
council-apply-next-heading = Dette skjer no
council-apply-next = Rådskoordinatoren les søknaden og tek kontakt med deg slik du bad om, vanlegvis innan to veker. Blir du med, får du ei melding om korleis du loggar inn.
council-login-title = Logg inn i OT-rådet
council-login-intro = Skriv mobilnummeret eller e-postadressa du gav OT-rådet. Er du medlem, sender vi deg ein kode og ei lenkje.
council-login-contact = Mobilnummer eller e-post
council-login-contact-invalid = Skriv eit mobilnummer eller ei e-postadresse.
council-login-send = Send meg ein kode
council-code-title = Skriv inn koden
council-code-sent = Er du medlem av OT-rådet, har vi sendt deg ein kode på seks siffer. Han verkar i 15 minutt. Du kan òg bruke lenkja i meldinga.
council-code-label = Koden
council-code-missing = Skriv inn koden på seks siffer.
council-code-gone = Koden verkar ikkje lenger. Be om ein ny kode.
council-code-new = Be om ein ny kode
council-code-send = Logg inn
council-link-title = Logg inn i OT-rådet
council-link-text = Trykk på knappen for å logge inn.
council-link-button = Logg inn
council-link-gone = Lenkja verkar ikkje lenger. Ho verkar berre éin gong og i 15 minutt.
council-member-title = OT-rådet for medlemmer
council-member-greeting = Hei, { $name }!
council-member-back = Tilbake til oversikta
council-logout = Logg ut
council-hearings-heading = Høyringar
council-hearings-empty = Det er ingen høyringar akkurat no.
council-hearing-deadline = Frist: { $deadline }
council-hearing-open = Open for innspel
council-hearing-closed = Fristen er ute
council-hearing-closed-text = Fristen er ute. Du kan lese innspela og svara frå OT.
council-hearing-question = Spørsmålet
council-hearing-background = Bakgrunn
council-meetings-heading = Møte
council-meetings-empty = Det er ingen møte sette opp.
council-meeting-calendar = Legg i kalenderen (.ics)
council-meeting-minutes = Referat
council-input-heading = Innspelet ditt
council-input-label = Innspelet ditt
council-input-missing = Skriv innspelet ditt (høgst 2000 teikn).
council-input-hide-name = Skjul namnet mitt for dei andre medlemmene (OT ser det alltid)
council-input-send = Send innspelet
council-input-yours = Innspelet ditt
council-input-change = Endre innspelet
council-input-save = Lagre endringa
council-input-withdraw = Trekk tilbake innspelet
council-input-pending = OT ser på det før dei andre medlemmene kan lese det.
council-input-hidden = Skjult av OT: { $reason }
council-input-anonymous = Eit medlem
council-others-heading = Innspel frå dei andre
council-supports = { $count ->
    [0] Ingen støttar dette enno
    [one] Éin støttar dette
   *[other] { $count } støttar dette
}
council-support = Støtt
council-support-of = Støtt innspelet frå { $name }
council-unsupport = Ta tilbake støtta
council-unsupport-of = Ta tilbake støtta til innspelet frå { $name }
council-comment-label = Kommentar til innspelet frå { $name }
council-comment-missing = Skriv kommentaren (høgst 1000 teikn).
council-comment-send = Send kommentaren
council-comment-withdraw = Trekk tilbake kommentaren
council-report = Meld frå til OT
council-report-comment = Meld frå til OT om kommentaren
council-report-reason = Kva er gale? (valfritt)
council-report-send = Send til OT
council-saved = Lagra.
council-sent = Takk! Innspelet ditt er sendt. Dette skreiv du:
council-closed-error = Fristen er ute, så dette kan ikkje endrast lenger.
council-not-allowed = Det kan du ikkje gjere med dette innspelet.
message-council-login-subject = Innlogging i OT-rådet hjå { $service }
message-council-login-body = { $code } er koden din for å logge inn i OT-rådet. Han verkar i 15 minutt, éin gong. Du kan òg logge inn med denne lenkja: { $link } Har du ikkje bede om dette, kan du sjå bort frå meldinga.
message-council-answer-subject = OT har svart på innspelet ditt
message-council-answer-body = Hei { $name }! OT har svart på innspelet ditt til «{ $hearing }». Logg inn og les svaret her: { $link }
message-council-admitted-subject = Velkomen i OT-rådet hos { $service }
message-council-admitted-body = Hei { $name }! Du er teken opp i OT-rådet. Logg inn med mobilnummeret eller e-postadressa du søkte med, så får du ein kode: { $link }
message-council-declined-subject = Svar på søknaden din til OT-rådet hos { $service }
message-council-declined-body = Hei { $name }! Takk for at du søkte om å bli med i OT-rådet. Denne gongen fekk du ikkje plass. Du kan framleis følgje rådet og seie meininga di her: { $link }

## Tall
figures-title = Tal: når OT alle?
figure-table-show = Vis tala i ein tabell
figures-lead = OT skal ha oversikt over alle i målgruppa og ta kontakt med kvar og ein. Her er tala for heile landet og for fylket, og kva Neste steg viser så langt.
figures-fewer-than-five = færre enn 5
figures-hidden = skjult
figures-too-few = for få til å vise
figures-count = Tal
figures-year = År
figures-county = Fylke
figures-share = Del
figures-group = Gruppe
figures-group-unknown_activity = Ukjend aktivitet
figures-group-follow_up = Under oppfølging og rettleiing
figures-group-in_activity = I aktivitet
figures-group-clarified = Avklart
figures-group-not_in_target_group = Ikkje i målgruppa
figures-national-heading = Ungdom OT følgjer opp i heile landet
figures-national-caption = Ungdom OT følgde opp i juni, heile landet
figures-counties-heading = Fylka i juni 2024
figures-counties-caption = Ungdom OT følgde opp i juni 2024, etter fylke
figures-unreached-heading = Ungdom OT ikkje fekk kontakt med
figures-unreached-caption = Del OT ikkje fekk kontakt med i 2024, fylka med høgast del
figures-vestfold-heading = Vestfold 15. juni 2024
figures-vestfold-text = { $registered } ungdommar var registrerte hjå OT i Vestfold. { $target } av dei var i målgruppa, og { $outside } var utanfor ho.
figures-vestfold-caption = Ungdom i målgruppa i Vestfold 15. juni 2024, etter hovudgruppe
figures-source-udir = Kjelde: Utdanningsdirektoratet, tal per juni, publiserte august 2024.
figures-source-vestfold = Kjelde: OT Vestfold, årsrapport 2023/24. Teljedato 15. juni 2024.
figures-portal-heading = Tal frå Neste steg: { $service }
figures-portal-period = Periode
figures-portal-sent = Førespurnader sende
figures-portal-answered = Svar
figures-portal-rate = Del som svarte
figures-portal-median = Dagar til svar (median)
figures-portal-groups-caption = Ungdom etter hovudgruppe på teljedatoen { $date }
figures-portal-no-count-date = Det er ingen teljedato i Neste steg enno.
figures-suppression = Tal under 5 blir ikkje viste, og heller ikkje tal som kan reknast ut frå dei, så ingen kan kjennast att.

## staff-only
# The staff area speaks nb, nn and en only: every message below this line exists in those three
# languages and no other (app/tests/locales.rs checks both halves).
login-title = Logg inn for tilsette
login-email = E-postadresse
login-password = Passord
login-submit = Logg inn
login-email-missing = Skriv inn e-postadressa di.
login-password-missing = Skriv inn passordet ditt.
logout = Logg ut
staff-nav-label = Meny for tilsette
paging-label = Sider i lista
paging-previous = Førre side
paging-next = Neste side
paging-position = Side { $page } av { $pages }
workplace-title = Arbeidsflate
workplace-greeting = Hei, { $name }
workplace-role = Rolle
workplace-departments = Avdelingar
workplace-whole-county = Heile fylket
role-advisor = Rådgjevar
role-coordinator = Koordinator
role-council_coordinator = Koordinator for OT-rådet
role-administrator = Administrator
workplace-administration = Administrasjon
admin-title = Kontoar for tilsette
admin-new = Ny konto
admin-name = Fullt namn
admin-department = Avdeling
admin-departments-of = Avdelingane til { $name }
admin-password = Første passord (minst 12 teikn)
admin-create = Opprett konto
admin-created = Kontoen er oppretta. Gi personen passordet på ein trygg måte.
admin-name-missing = Skriv inn det fulle namnet, høgst 200 teikn.
admin-email-invalid = Skriv inn ei gyldig e-postadresse, til dømes namn@fylke.no.
admin-email-taken = Det finst alt ein konto med denne e-postadressa.
admin-password-short = Passordet må ha minst 12 teikn.
admin-active = aktiv
admin-disabled = stengd
admin-disable = Steng kontoen til { $name }
admin-enable = Opne kontoen til { $name }
audit-title = Logg over innsyn og endringar
audit-caption = Dei nyaste hendingane først
audit-at = Tidspunkt
audit-by = Kven
audit-action = Kva
audit-subject = Gjeld
audit-system = Systemet (kommandolina)
admin-save = Lagre for { $name }
departments-title = Avdelingar og kontor
department-name = Namn
department-address = Gateadresse
department-postal-code = Postnummer
department-city = Poststad
department-save = Lagre
department-saved = Endringane er lagra og blir viste på kontaktsida.
department-name-missing = Skriv inn namnet på avdelinga.
department-address-missing = Skriv inn gateadressa.
department-postal-code-invalid = Postnummeret må ha fire siffer.
department-city-missing = Skriv inn poststaden.
department-phone-invalid = Skriv inn eit telefonnummer med minst åtte siffer.

## Tilsette: kontaktførespurnader, svar og demo-postkasse
workplace-today = Dette ventar på deg
workplace-waiting-answers = { $count ->
    [one] Eitt nytt svar ventar på statuskode
   *[other] { $count } nye svar ventar på statuskode
}
workplace-call-list = { $count ->
    [one] Éin person å ringje
   *[other] { $count } personar å ringje
}
workplace-areas = Arbeidsområde
requests-title = Kontaktførespurnader
requests-count = { $count } i alt
call-list-title = Ringjeliste
requests-call-list-link = Ringjelista: { $count } å ringje
call-list-lead = { $count } har ikkje svart etter påminningane. Ring dei, dei eldste først.
requests-all = Alle førespurnader
requests-letter-code = Kode for brev
request-state-answered = Har svart
request-state-call_list = Skal ringjast
request-state-revoked = Trekt tilbake
request-state-expired = Gått ut
request-state-waiting = Ventar på svar
request-revoke = Trekk tilbake førespurnaden til { $name }
request-revoke-short = Trekk tilbake
request-revoke-confirm = Trekkje tilbake førespurnaden til { $name }? Lenkja i meldinga sluttar å verke, og dette kan ikkje angrast.
request-revoked-notice = Førespurnaden er trekt tilbake. Lenkja verkar ikkje lenger.
request-revoke-keep = Nei, behald han
request-created = Førespurnaden er lagra, og meldinga blir send no.
request-new = Ny kontaktførespurnad
request-optional = (valfritt)
request-first-name = Førenamn
request-last-name = Etternamn
request-birth-date = Fødselsdato (dd.mm.åååå)
request-mobile = Mobilnummer
request-language = Språk for meldinga
request-municipality = Kommune
request-guardian = Føresette (for ungdom under 18 år)
request-send = Lagre og send
request-name-too-long = Namnet kan ha høgst 100 teikn.
request-first-name-missing = Skriv inn førenamnet.
request-last-name-missing = Skriv inn etternamnet.
request-birth-date-invalid = Skriv fødselsdatoen som dd.mm.åååå. Personen må vere i målgruppa til OT (15–24 år i år).
request-mobile-invalid = Skriv inn eit norsk mobilnummer med 8 siffer.
request-contact-missing = Skriv inn eit mobilnummer eller ei e-postadresse, så vi kan nå personen.
request-municipality-missing = Skriv inn kommunen.
request-department-invalid = Vel ei avdeling du arbeider i.
request-language-invalid = Vel eit språk.
answers-title = Svar frå ungdom
answers-all = Alle
answers-activity = Svar
answers-min-age = Alder frå
answers-max-age = Alder til
answers-include-handled = Vis òg behandla svar
answers-filter = Vis
answers-none = Ingen svar ventar.
answers-suggested = Føreslått kode: { $code }
answers-confirmed = Stadfesta kode: { $code }
answers-export = Last ned stadfesta kodar (CSV for Vigo OT)
answers-reference = Referanse
answers-age = Alder
answers-received = Motteke
answers-details = Utdjuping
answers-suggested-label = Føreslått statuskode
answers-review = Stadfest eller endre koden
answers-code = Statuskode
answers-via = «via»: OT hjelpte personen inn i dette
answers-note = Notat (valfritt)
answers-called = Eg har ringt personen
answers-called-short = ringt
answers-confirm = Stadfest koden
answers-history = Historikk
answers-history-none = Ikkje behandla enno.
answers-back = Tilbake til svara
answers-saved = Koden er lagra.
mailbox-title = Demo-postkasse
mailbox-intro = I demomodus blir det ikkje sendt SMS eller e-post. Meldingane hamnar her i staden.
mailbox-empty = Ingen meldingar enno.

## Import frå CSV
import-title = Importer mange frå ei CSV-fil
import-intro = Første linja må ha kolonnenamna. Lagre fila som CSV (UTF-8) med semikolon. Ingenting blir importert før du har sett over førehandsvisinga og stadfesta.
import-file = CSV-fil
import-preview = Vis førehandsvising
import-preview-title = Førehandsvising av importen
import-summary = { $good } rader er klare til import. { $bad } rader har feil og blir ikkje importerte.
import-bad-rows = Rader med feil
import-line = Linje { $line }
import-confirm = Importer { $good } rader og send meldingane
import-again = Last opp ei anna fil
import-done = { $count ->
    [one] Éin førespurnad er importert, og meldinga blir send no.
   *[other] { $count } førespurnader er importerte, og meldingane blir sende no.
}
import-duplicate = Duplikat
import-file-empty = Fila er tom.
import-file-too-large = Fila er for stor. Del ho opp i filer med høgst 10 000 rader.
import-file-wrong-encoding = Fila er ikkje lagra som UTF-8. Vel «CSV UTF-8» når du lagrar i reknearket.
import-file-missing-column = Fila manglar ein kolonne som må vere med: førenamn, etternamn, fødselsdato, kommune og avdeling.
import-file-unreadable = Fila kan ikkje lesast som CSV.
import-reason-missing = manglar
import-reason-too-long = er lengre enn 100 teikn
import-reason-not-a-date = er ikkje ein dato (dd.mm.åååå)
import-reason-outside-target-group = er utanfor målgruppa til OT (15–24 år i år)
import-reason-not-a-mobile = er ikkje eit mobilnummer
import-reason-not-an-email = er ikkje ei e-postadresse
import-reason-contact-needed = mobil eller e-post må vere med
import-reason-unknown-language = er eit språk vi ikkje har
import-reason-unknown-department = er ikkje ei avdeling du arbeider i
import-reason-duplicate = personen har alt ein open førespurnad eller står to gonger i fila

## Innlogging med identitetsleverandøren til fylket
login-oidc = Logg inn med jobbkontoen din
login-oidc-failed = Innlogginga med jobbkontoen lukkast ikkje. Prøv igjen, eller kontakt ein administrator om du ikkje har tilgang til Neste steg.
department-hours-hint = La begge felta stå tomme for dagar kontoret er stengt. Skriv tida som tt:mm.
department-opens = { $day } opnar
department-closes = { $day } stengjer
department-hours-invalid = Skriv opningstida som tt:mm, og stengjetida etter opningstida.
audit-subject-type = Type post
audit-subject-id = Nummer på posten

## Tilsette: bestillingar og tider
bookings-title = Bestillingar og samtalar
bookings-queue = Førespurnader som ventar på deg
bookings-queue-empty = Ingen førespurnader ventar.
bookings-hold = Svar innan { $deadline }
bookings-near-deadline = Snart for seint
bookings-confirm = Stadfest
bookings-decline = Avslå
bookings-decline-reason = Beskjed til ungdommen
bookings-decline-reason-missing = Skriv ein kort beskjed til ungdommen.
bookings-confirmed-notice = Samtalen med { $name } { $when } er stadfesta. { $name } får beskjed no.
bookings-declined-notice = Førespurnaden frå { $name } er avslått. { $name } får beskjed no.
bookings-propose = Føreslå ei anna tid
bookings-propose-title = Ny tid for { $name }
bookings-propose-text = Den nye tida blir stadfesta med ein gong. Ungdommen får ei melding med lenkje for å flytte eller avlyse, og førespurnaden blir avslått.
bookings-propose-send = Stadfest den nye tida
bookings-propose-missing = Vel ei ny tid.
bookings-callbacks = Vil bli ringde
bookings-callback-done = Eg har ringt
bookings-meetings = Samtalar
bookings-day = Dag
bookings-week = Veke
bookings-previous = Førre
bookings-next = Neste
bookings-none = Ingen samtalar.
bookings-with = { $name }, { $form }
bookings-requested = Ventar på svar
bookings-completed = Gjennomført
bookings-no-show = Kom ikkje
bookings-cancel = Avlys
bookings-cancel-reason = Grunn (blir send til ungdommen)
bookings-decided = Nokon andre har alt svart på denne førespurnaden, eller han har gått ut.
availability-title = Tidene mine
availability-settings = Samtalane mine
availability-length = Lengd på samtalen (minutt)
availability-buffer = Pause etter kvar samtale (minutt)
availability-notice = Minste varsel før ein samtale (timar)
availability-window = Kor langt fram ungdom kan bestille (dagar)
availability-forms = Møteformer eg tilbyr
availability-weekly = Faste tider kvar veke
availability-weekly-hint = Tidsrom same dag kan ikkje overlappe. La felta stå tomme for dagar du ikkje har samtalar.
availability-save = Lagre tidene
availability-saved = Tidene er lagra.
availability-invalid = Sjekk tala og tidene: slutt må vere etter start, og tidsrom same dag kan ikkje overlappe.
availability-exceptions = Unntak
availability-exception-date = Dato
availability-away = Borte
availability-extra = Ekstra tider
availability-from = Frå
availability-to = Til
availability-all-day = La klokkesletta stå tomme for heile dagen.
availability-add = Legg til unntaket
availability-remove = Fjern
availability-add-range = Legg til eit tidsrom
availability-remove-range = Fjern tidsrommet
availability-exception-invalid = Sjekk datoen og klokkesletta. Ekstra tider treng kontor og klokkeslett.
availability-no-exceptions = Ingen unntak.
workplace-booking-requests = { $count ->
    [one] Éin førespurnad om samtale ventar
   *[other] { $count } førespurnader om samtale ventar
}
workplace-near-deadline = { $count ->
    [one] éin av dei går snart ut
   *[other] { $count } av dei går snart ut
}
workplace-meetings-today = { $count ->
    [one] Éin samtale i dag
   *[other] { $count } samtalar i dag
}
workplace-callbacks = { $count ->
    [one] Éin vil bli ringd
   *[other] { $count } vil bli ringde
}

# Status codes of Vigo OT, with their meaning (facts.md).
status-code-OTUK = Ukjend aktivitet
status-code-OTOV = Under oppfølging og rettleiing
status-code-OTOA = I tiltak frå fylkeskommunen (opplæring eller arbeidspraksis)
status-code-OTAP = I arbeidspraksis eller anna tiltak frå NAV
status-code-OTKO = I kombinert tiltak frå fylkeskommunen og NAV
status-code-OTAR = I arbeid
status-code-OTEV = Elev i vidaregåande skule
status-code-OTVF = Elev ved privat vidaregåande skule
status-code-OTLL = Lærling, lærekandidat eller praksisbrevkandidat
status-code-OTNO = Har takka nei til oppfølging
status-code-OTMI = I militæret (førstegongsteneste)
status-code-OTBA = Har omsorg for barn
status-code-OTSY = Sjuk eller på institusjon
status-code-OTIF = Ikkje-formell opplæring, til dømes folkehøgskule
status-code-ELGS-IM = Elev i grunnskulen, førebyggjande arbeid
status-code-ELVG-IM = Elev eller lærling i vidaregåande, førebyggjande arbeid
status-code-OTFA-IM = Flytta til eit anna fylke
status-code-OTFU-IM = Flytta til eller bur i utlandet
status-code-Feil = Registrert ved ein feil
status-code-OTAR_IM = I arbeid utan hjelp frå OT
status-code-OTEV_IM = Elev i vidaregåande utan hjelp frå OT
status-code-OTVF_IM = Elev ved privatskule utan hjelp frå OT
status-code-OTLL_IM = Lærling eller lærekandidat utan hjelp frå OT

message-council-application-subject = Ny søknad til OT-rådet
message-council-application-body = Det har kome ein ny søknad til OT-rådet. Logg inn for å lese han: { $link }

## Tilsette: OT-rådet (koordinatoren for OT-rådet)
council-admin-title = OT-rådet
council-admin-back-workplace = Tilbake til arbeidsflata
council-admin-back = Tilbake til OT-rådet
council-admin-contents = Innhald på sida
council-admin-waiting = Dette ventar
council-admin-applications = Søknader
council-admin-members = Medlemmer
council-admin-alumni = Tidlegare medlemmer
council-admin-hearings = Høyringar
council-admin-meetings = Møte
council-admin-plan = Årshjul
council-admin-none = Ingenting ventar her.
council-admin-pending-inputs = { $count ->
    [one] Eitt innspel ventar på godkjenning
   *[other] { $count } innspel ventar på godkjenning
}
council-admin-pending-comments = { $count ->
    [one] Éin kommentar ventar på godkjenning
   *[other] { $count } kommentarar ventar på godkjenning
}
council-admin-open-reports = { $count ->
    [one] Éi melding om innhald er ikkje behandla
   *[other] { $count } meldingar om innhald er ikkje behandla
}
council-admin-overdue = { $count ->
    [one] Eitt innspel har venta meir enn { $days } dagar på svar
   *[other] { $count } innspel har venta meir enn { $days } dagar på svar
}
council-admin-pending-heading = Innspel som ventar på godkjenning
council-admin-overdue-heading = Innspel utan svar etter { $days } dagar
council-admin-reports-heading = Meldt innhald
council-admin-input-from = Innspel frå { $name } til «{ $hearing }»
council-admin-report-line = { $name } har meldt: «{ $text }»
council-admin-report-reason = Grunngiving: { $reason }
council-admin-days-waiting = { $days ->
    [one] Har venta éin dag på svar
   *[other] Har venta { $days } dagar på svar
}
council-admin-answered-after = { $days ->
    [one] Svart etter éin dag
   *[other] Svart etter { $days } dagar
}
council-admin-age = Alder
council-admin-age-value = Fyller { $age } år i år
council-admin-contact-by = Vil bli kontakta på
council-admin-channel-sms = SMS
council-admin-channel-email = E-post
council-admin-language = Språk
council-admin-reason = Kvifor vil du vere med?
council-admin-no-reason = (Ikkje fylt ut)
council-admin-received = Motteke
council-admin-role = Rolle
council-admin-role-leader = Leiar
council-admin-role-deputy = Nestleiar
council-admin-role-member = Medlem
council-admin-term-from = Perioden byrjar
council-admin-term-to = Perioden sluttar
council-admin-term = { $from } – { $to }
council-admin-admit = Ta opp { $name } som medlem
council-admin-decline = Avslå søknaden frå { $name }
council-admin-no-applications = Ingen nye søknader.
council-admin-decided-applications = { $count ->
    [one] Éin behandla søknad
   *[other] { $count } behandla søknader
}
council-admin-application-admitted = teken opp
council-admin-application-declined = avslått
council-admin-admitted = Søkjaren er teken opp som medlem. Medlemmet loggar inn på sida til OT-rådet med mobilnummeret eller e-postadressa frå søknaden.
council-admin-declined = Søknaden er avslått. Gi søkjaren beskjed på den måten søkjaren bad om å bli kontakta.
council-admin-admit-conflict = Søknaden er alt behandla, eller mobilnummeret eller e-postadressa høyrer til eit medlem som sit no.
council-admin-application-decided = Søknaden er alt behandla.
council-admin-role-invalid = Vel ei rolle.
council-admin-date-invalid = Skriv datoen som dd.mm.åååå.
council-admin-term-order = Perioden må slutte etter at han byrjar.
council-admin-term-past = Perioden kan ikkje slutte før i dag.
council-admin-no-members = Rådet har ingen medlemmer no.
council-admin-starts-later = Byrjar seinare
council-admin-minor = Under 18: innspel blir godkjende først
council-admin-change-member = Endre rolle eller periode for { $name }
council-admin-save-member = Lagre rolle og periode for { $name }
council-admin-member-saved = Rolla og perioden er lagra.
council-admin-end-confirm = Ja, avslutt perioden til { $name } no. Dette kan ikkje angrast.
council-admin-end-term = Avslutt perioden til { $name }
council-admin-end-confirm-missing = Kryss av for å stadfeste at perioden skal avsluttast no.
council-admin-term-ended = Perioden er avslutta. Personen står no blant dei tidlegare medlemmene og kan ikkje logge inn lenger.
council-admin-no-alumni = Ingen tidlegare medlemmer enno.
council-admin-alumnus-term = Medlem { $from } – { $to }
council-admin-hearing-draft = Utkast
council-admin-hearing-open = Open for innspel
council-admin-hearing-closed = Fristen er ute
council-admin-deadline-at = Frist: { $when }
council-admin-hearing-counts = Innspel: { $inputs }. Ventar på godkjenning: { $pending }. Utan svar: { $unanswered }.
council-admin-no-hearings = Ingen høyringar enno.
council-admin-new-hearing = Ny høyring
council-admin-new-hearing-hint = Høyringa blir lagra som utkast. Medlemmene ser ho først når du publiserer ho.
council-admin-hearing-title = Tittel
council-admin-question = Spørsmålet til rådet
council-admin-background = Bakgrunn (valfritt)
council-admin-deadline = Frist for innspel
council-admin-oslo-time-hint = Norsk tid. Skriv datoen som dd.mm.åååå og klokkeslettet som tt:mm.
council-admin-date-label = Dato
council-admin-time-label = Klokkeslett
council-admin-create-hearing = Lagre høyringa som utkast
council-admin-title-missing = Skriv ein tittel.
council-admin-question-missing = Skriv spørsmålet til rådet.
council-admin-too-long = Teksten er for lang. Gjer han kortare.
council-admin-title-one-line = Skriv tittelen på éi linje.
council-admin-deadline-past = Fristen må vere fram i tid.
council-admin-time-invalid = Skriv klokkeslettet som tt:mm, til dømes 12:00.
council-admin-time-nonexistent = Dette klokkeslettet finst ikkje den dagen: klokka blir stilt fram frå 02:00 til 03:00. Vel eit anna klokkeslett.
council-admin-time-ambiguous = Dette klokkeslettet finst to gonger den dagen, fordi klokka blir stilt tilbake frå 03:00 til 02:00. Vel eit klokkeslett før 02:00 eller frå 03:00.
council-admin-no-meetings = Ingen møte enno.
council-admin-new-meeting = Nytt møte
council-admin-meeting-title = Tittel
council-admin-agenda = Saksliste
council-admin-place = Stad (valfritt)
council-admin-meeting-time = Tidspunkt
council-admin-starts = Byrjar
council-admin-ends = Sluttar
council-admin-create-meeting = Lagre møtet
council-admin-ends-before-starts = Møtet må slutte etter at det byrjar.
council-admin-minutes-public = Referatet er offentleg
council-admin-plan-hint = Møte og høyringsfristar kjem med i årshjulet på den offentlege sida av seg sjølv. Her legg du til andre datoar.
council-admin-no-plan-items = Ingen andre datoar i årshjulet.
council-admin-plan-meeting = Møte
council-admin-plan-hearing_deadline = Frist for innspel
council-admin-plan-report_to_committee = Rapport til hovudutvalet for utdanning
council-admin-plan-other = Anna
council-admin-remove-plan-item = Fjern «{ $title }» frå årshjulet
council-admin-new-plan-item = Ny dato i årshjulet
council-admin-kind = Kva slags dato er det?
council-admin-plan-date = Dato
council-admin-plan-title = Kva skjer?
council-admin-add-plan-item = Legg til i årshjulet
council-admin-kind-invalid = Vel kva slags dato det er.
council-admin-plan-added = Datoen er lagd til i årshjulet.
council-admin-plan-removed = Datoen er fjerna frå årshjulet.
council-admin-hearing-created = Høyringa er lagra som utkast. Medlemmene ser ho når du publiserer ho.
council-admin-hearing-saved = Endringane i høyringa er lagra.
council-admin-hearing-published = Høyringa er publisert. Medlemmene kan sende innspel fram til fristen.
council-admin-draft-hint = Dette er eit utkast. Medlemmene ser høyringa først når du publiserer ho.
council-admin-publish-hearing = Publiser høyringa for medlemmene
council-admin-inputs = { $count ->
    [one] Eitt innspel
   *[other] { $count } innspel
}
council-admin-inputs-hint = Du ser alltid namnet på den som skreiv, også når namnet er skjult for dei andre medlemmene. Innspel utan svar etter { $days } dagar er merkte.
council-admin-no-inputs = Ingen innspel enno.
council-admin-input-by = Innspel frå { $name }
council-admin-name-hidden = Namnet er skjult for andre medlemmer
council-admin-status = Status
council-admin-status-received = Motteke
council-admin-status-considering = Blir vurdert
council-admin-status-answered = Svart på
council-admin-status-acted_on = Følgt opp
council-admin-status-not_acted_on = Ikkje følgt opp
council-admin-approval = Godkjenning
council-admin-approval-pending = Ventar på godkjenning
council-admin-approval-approved = Godkjent
council-admin-approval-not-needed = Treng ikkje godkjenning (18 år eller eldre)
council-admin-waited = Ventetid
council-admin-overdue-tag = Meir enn { $days } dagar utan svar
council-admin-supports = Støtte frå andre medlemmer
council-admin-open-reports-label = Ubehandla meldingar om innhaldet
council-admin-public = På den offentlege sida
council-admin-yes = Ja
council-admin-no = Nei
council-admin-hidden-label = Skjult, med grunngiving
council-admin-withdrawn = Trekt tilbake
council-admin-answer-label = Svaret frå OT
council-admin-reported = Meldt
council-admin-reported-by = Meldt av { $name } { $when }
council-admin-handle-report = Merk meldinga frå { $name } som behandla
council-admin-approve-input = Godkjenn innspelet frå { $name }
council-admin-approve-comment = Godkjenn kommentaren frå { $name }
council-admin-answer-heading = Svar og status
council-admin-answer = Svar til { $name }
council-admin-answer-hint = { $name } får ei melding på SMS eller e-post, på sitt eige språk, om at OT har svart.
council-admin-answer-again-hint = Innspelet har eit svar. Sender du eit nytt, får { $name } ei ny melding.
council-admin-outcome = Kva betyr svaret for innspelet?
council-admin-send-answer = Send svaret til { $name }
council-admin-status-change = Endre status utan nytt svar (inga melding blir send)
council-admin-save-status = Lagre statusen for innspelet frå { $name }
council-admin-publish-input = Vis innspelet og svaret på den offentlege sida, utan namn
council-admin-save-publication = Lagre valet for innspelet frå { $name }
council-admin-names-warning = Teksten eller svaret frå OT nemner { $names }. Det som blir publisert, står på den offentlege sida slik det er skrive. Ta namnet ut av svaret, eller stadfest under at det kan stå der.
council-admin-names-confirm = Eg har sjekka: { $names } kan stå på den offentlege sida
council-admin-names-unchecked = Kryss av for at namnet kan stå på den offentlege sida, eller ta det ut av svaret først.
council-admin-hide-heading = Skjul innspelet
council-admin-restore-heading = Vis innspelet igjen
council-admin-hide-reason = Grunngiving for å skjule (forfattaren ser ho)
council-admin-restore-reason = Grunngiving for å vise igjen
council-admin-hide-input = Skjul innspelet frå { $name }
council-admin-restore-input = Vis innspelet frå { $name } igjen
council-admin-hide-comment = Skjul kommentaren frå { $name }
council-admin-restore-comment = Vis kommentaren frå { $name } igjen
council-admin-comments = { $count ->
    [one] Éin kommentar
   *[other] { $count } kommentarar
}
council-admin-comment-by = Kommentar frå { $name }
council-admin-hidden-because = Skjult: { $reason }
council-admin-approved = Godkjent. Dei andre medlemmene ser det no.
council-admin-hidden = Skjult for dei andre medlemmene. Forfattaren ser grunngivinga.
council-admin-restored = Blir vist igjen for medlemmene.
council-admin-status-saved = Statusen er lagra. Medlemmet får inga melding om dette.
council-admin-answered = Svaret er lagra, og { $name } får ei melding no.
council-admin-publication-saved = Valet for den offentlege sida er lagra.
council-admin-report-handled = Meldinga er merkt som behandla.
council-admin-reason-missing = Skriv ei grunngiving.
council-admin-answer-missing = Skriv svaret til medlemmet.
council-admin-outcome-invalid = Vel kva svaret betyr for innspelet.
council-admin-status-invalid = Vel ein status.
council-admin-own-statuses = Eigne statusar
council-admin-own-statuses-hint = Eigne statusar står ved sida av den faste statusen til eit innspel, til dømes «Sendt til hovudutvalet». Medlemmen ser dei, og den offentlege sida viser dei når innspelet er publisert. Ein status som blir teken ut av bruk, blir ståande på innspela som har han.
council-admin-own-statuses-none = Ingen eigne statusar er i bruk.
council-admin-own-statuses-retired = Teken ut av bruk: { $labels }
council-admin-own-status-label = Ny status
council-admin-own-status-add = Legg til status
council-admin-own-status-retire = Ta «{ $label }» ut av bruk
council-admin-own-status-added = Statusen er lagd til.
council-admin-own-status-retired = Statusen er teken ut av bruk.
council-admin-own-status-label-missing = Skriv namnet på statusen.
council-admin-own-status = Eigen status
council-admin-own-status-none = Ingen eigen status
council-admin-own-status-invalid = Vel ein av statusane i lista.
council-admin-status-conflict = Eit innspel med svar kan berre vere svart, følgt opp eller ikkje følgt opp. Eit innspel utan svar kan berre vere motteke eller bli vurdert.
council-admin-answer-conflict = Innspelet er trekt tilbake, eller medlemmet har verken mobilnummer eller e-postadresse.
council-admin-publish-conflict = Berre innspel som er godkjende, ikkje skjulte og ikkje trekte tilbake, kan visast på den offentlege sida.
council-admin-statement-heading = Fråsegna frå rådet
council-admin-statement = Fråsegn
council-admin-statement-published = Vis fråsegna på den offentlege sida
council-admin-save-statement = Lagre fråsegna
council-admin-statement-saved = Fråsegna er lagra.
council-admin-statement-missing = Skriv fråsegna før du publiserer ho.
council-admin-edit-hearing = Endre høyringa
council-admin-save-hearing = Lagre endringane
council-admin-meeting-created = Møtet er lagra. Medlemmene ser det og kan leggje det i kalenderen.
council-admin-meeting-saved = Endringane i møtet er lagra.
council-admin-attendance = Oppmøte
council-admin-present = Til stades
council-admin-absent = Ikkje til stades
council-admin-save-attendance = Lagre oppmøtet
council-admin-attendance-saved = Oppmøtet er lagra.
council-admin-no-attendance = Ingen medlemmer hadde periode då møtet var.
council-admin-minutes-heading = Referat
council-admin-minutes = Referat frå møtet
council-admin-minutes-published = Vis referatet på den offentlege sida
council-admin-save-minutes = Lagre referatet
council-admin-minutes-saved = Referatet er lagra.
council-admin-minutes-missing = Skriv referatet før du publiserer det.
council-admin-edit-meeting = Endre møtet
council-admin-save-meeting = Lagre endringane
council-admin-workplace-approvals = { $count ->
    [one] Eitt innspel ventar på godkjenning
   *[other] { $count } innspel ventar på godkjenning
}
council-admin-workplace-comments = { $count ->
    [one] Éin kommentar ventar på godkjenning
   *[other] { $count } kommentarar ventar på godkjenning
}
council-admin-workplace-reports = { $count ->
    [one] Éi melding om innhald å sjå på
   *[other] { $count } meldingar om innhald å sjå på
}
council-admin-workplace-overdue = { $count ->
    [one] Eitt innspel har venta meir enn { $days } dagar på svar
   *[other] { $count } innspel har venta meir enn { $days } dagar på svar
}
council-admin-workplace-applications = { $count ->
    [one] Éin ny søknad til rådet
   *[other] { $count } nye søknader til rådet
}
council-admin-workplace-link = Alt om OT-rådet: søknader, medlemmer, høyringar og møte
numbers-title = Tal
numbers-from = Frå og med
numbers-to = Til og med
numbers-all-departments = Alle avdelingar eg ser
numbers-show = Vis tala
numbers-period-invalid = Datoane kunne ikkje lesast, eller perioden er for lang (høgst fem år). Her er tala for skuleåret.
numbers-as-of = Tala gjeld fram til { $when }.
numbers-csv = Last ned tabellen (CSV)
numbers-total = Til saman
numbers-reach-heading = Når vi dei?
numbers-reach-caption = Kontaktførespurnader sende i perioden
numbers-sent = Sendt
numbers-answered = Svart
numbers-answer-rate = Del som svarte
numbers-median-days = Dagar til svar (median)
numbers-p90-days = Dagar til svar (9 av 10 innan)
numbers-unanswered = Ikkje svart enno
numbers-call-list = På ringjelista
numbers-withdrawn = Trekt tilbake
numbers-channel = Kanal
numbers-channel-caption = Svar etter kanalen som nådde dei
numbers-channel-letter = Brev (koden)
numbers-route = Veg inn
numbers-route-caption = Svar etter vegen inn
numbers-route-link = Lenkje i SMS eller e-post
numbers-route-letter_code = Koden frå brevet
numbers-unknown = Ukjend
numbers-reminder = Påminningar
numbers-reminder-caption = Svar etter kor mange påminningar dei hadde fått
numbers-reminder-none = Før påminning
numbers-reminder-first = Etter første påminning
numbers-reminder-second = Etter andre påminning
numbers-reminder-later = Etter tredje eller seinare
numbers-status-heading = Statuskodar
numbers-status-caption = Svara og kodane
numbers-confirmed = Kode stadfesta
numbers-awaiting = Ventar på at ein rettleiar stadfestar koden
numbers-groups-caption = Stadfesta kodar etter hovudgruppene til Udir
numbers-code = Kode
numbers-codes-caption = Stadfesta kodar
numbers-meetings-heading = Samtalar og OT-rådet
numbers-meetings-caption = Samtalar
numbers-requests = Førespurnader om samtale
numbers-meetings-confirmed = Stadfesta
numbers-median-hours = Timar til stadfesting (median)
numbers-callbacks = Vil bli ringde
numbers-state = Status no
numbers-state-caption = Førespurnader om samtale etter status
numbers-state-requested = Ventar på svar
numbers-state-confirmed = Stadfesta
numbers-state-declined = Avslått
numbers-state-expired = Gått ut
numbers-state-withdrawn = Trekt
numbers-state-cancelled = Avlyst
numbers-state-completed = Gjennomført
numbers-state-no_show = Møtte ikkje
numbers-council-caption = Innspel til OT-rådet
numbers-council-received = Motteke
numbers-council-answered = Svart på
numbers-council-waiting = Ventar på svar
numbers-council-median = Dagar til svar (median)
numbers-breakdown-heading = Fordelt på alder, språk og kontor
numbers-age = Alder
numbers-age-band = { $band } år
numbers-age-caption = Etter alder ved slutten av perioden
numbers-language = Språk
numbers-language-caption = Etter språket førespurnaden var skriven på
numbers-office-caption = Etter kontor
numbers-count-date-heading = Teljedato
numbers-count-date-caption = Status i dag og på siste teljedato, etter hovudgruppe
numbers-today = I dag
numbers-at-count-date = { $date }
numbers-no-answer = Har ikkje svart
