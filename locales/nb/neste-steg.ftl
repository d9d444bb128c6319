# Neste steg — bokmål (the fallback language: every id must exist here first).
service-name = Neste steg
skip-to-content = Hopp til innholdet
menu = Meny
nav-label = Hovedmeny
language-picker = Språk – Language
home-title = Forside
home-heading = Hva vil du gjøre?
home-lead = Oppfølgingstjenesten (OT) hjelper deg mellom 15 og 24 år som ikke går på skole eller er i jobb. Her kan du svare OT, lese om rettighetene dine og bestille en samtale.
home-no-thanks = Du bestemmer selv. Det er helt greit å svare «nei takk».
task-answer = Svar OT
task-answer-text = Har du fått en melding eller et brev fra OT? Svar her. Det tar ett minutt.
task-rights = Dine rettigheter
task-rights-text = Hva du har rett til, og hva OT skal gjøre for deg.
task-guardians = For foresatte
task-guardians-text = For deg som er forelder eller foresatt til en ungdom under 18 år.
task-booking = Bestill en samtale
task-booking-text = Velg en tid som passer deg, på kontoret, på telefon, på video eller på tur.
task-council = OT-rådet
task-council-text = Ungdom som gir OT råd. Les uttalelser, eller si din mening.
task-staff = Innlogging for ansatte
contact-heading = Kontakt og kontorer
contact-lead = Du kan kontakte OT direkte. Du trenger ikke henvisning.
contact-phone = Telefon:
contact-email = E-post:
contact-opening-hours = Åpningstider
weekday = { $day ->
    [1] mandag
    [2] tirsdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lørdag
   *[7] søndag
}
privacy-heading = Personvern
accessibility-heading = Tilgjengelighetserklæring
not-found-title = Fant ikke siden
not-found-heading = Vi fant ikke siden
not-found-text = Lenken kan være feil, eller siden kan være flyttet.
not-found-home = Gå til forsiden
error-not-found = Vi fant ikke det du så etter.
error-invalid-input = Noe i skjemaet må rettes.
error-conflict = Noen andre endret dette samtidig. Prøv igjen.
error-bad-request = Vi kunne ikke lese det som ble sendt. Last inn siden på nytt og prøv igjen.
error-internal = Noe gikk galt hos oss. Prøv igjen om litt. Svarene du allerede har sendt, er lagret.
error-network = Vi fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.
error-forbidden-origin = Skjemaet kom ikke fra Neste steg, så vi har ikke gjort noe. Gå tilbake til siden og prøv igjen.
error-summary-title = Det er noe som må rettes
error-sign-in = Du må logge inn for å se denne siden.
error-wrong-credentials = E-postadressen eller passordet er feil.
error-account-disabled = Kontoen din er stengt. Kontakt en administrator i OT.
error-throttled = For mange forsøk på kort tid. Vent et kvarter og prøv igjen.

## Svar fra lenke eller kode (ungdom)
answer-title = Svar til OT
answer-greeting = Hei, { $name }!
answer-intro = { $service } vil gjerne vite hva du gjør nå. Da kan vi hjelpe deg hvis du trenger det. Det tar ett minutt.
answer-continue = Fortsett
answer-your-answer = Du har svart: { $activity }
answer-change = Endre svaret
answer-activity-question = Hva gjør du nå?
answer-activity-hint = Velg det som passer best.
answer-activity-missing = Velg det som passer best for deg.
activity-school = Jeg går på videregående skole
activity-private_school = Jeg går på en privat skole
activity-apprenticeship = Jeg er lærling eller lærekandidat
activity-work = Jeg jobber
activity-military_service = Jeg er i militæret (førstegangstjeneste)
activity-home_with_child = Jeg er hjemme med barn
activity-ill_or_institution = Jeg er syk eller bor på en institusjon
activity-course = Jeg går på folkehøgskole eller et annet kurs
activity-moved_county = Jeg har flyttet til et annet fylke
activity-moved_abroad = Jeg har flyttet til et annet land
activity-wants_help = Jeg vil ha hjelp eller en samtale
activity-no_thanks = Nei takk, jeg trenger ikke hjelp
answer-next = Neste
answer-details-question = Vil du fortelle mer?
answer-details-hint = Du kan hoppe over dette. Skriv for eksempel navnet på skolen eller jobben.
answer-details-hint-help = Du kan hoppe over dette. Skriv gjerne hva du vil ha hjelp til.
answer-details-too-long = Teksten kan ha høyst 1000 tegn.
answer-contact-question = Hvordan vil du at OT skal kontakte deg?
answer-channels-legend = Velg en eller flere måter
answer-channels-missing = Velg minst én måte vi kan kontakte deg på.
answer-contact-mobile-hint = Vi har ikke mobilnummeret ditt. Vil du ha SMS eller bli ringt, skriv det her.
answer-contact-email-hint = Vi har ikke e-postadressen din. Vil du ha e-post, skriv den her.
answer-contact-letter-hint = Vi har ikke mobilnummer eller e-post til deg. Skriv det vi kan bruke for å nå deg.
answer-mobile-needed = Skriv mobilnummeret ditt, så vi kan sende SMS eller ringe deg.
answer-email-needed = Skriv e-postadressen din, så vi kan sende deg e-post.
channel-sms = SMS
channel-call = Telefon
channel-email = E-post
answer-time-legend = Når passer det best?
answer-time-missing = Velg når det passer best.
contact-time-any = Når som helst på dagen
contact-time-morning = Før klokka 12
contact-time-afternoon = Mellom klokka 12 og 16
contact-time-evening = Etter klokka 16
answer-send = Send svaret
answer-receipt-title = Takk! Vi har fått svaret ditt
answer-receipt-reference = Referansen din:
answer-receipt-next-heading = Dette skjer nå
answer-receipt-next = En veileder hos OT leser svaret ditt. Vil du ha hjelp, tar vi kontakt slik du har valgt. Du kan også ringe oss på { $phone }.
answer-book = Bestill en samtale med en veileder
answer-handled-title = Vi har fått svaret ditt
answer-handled-text = En veileder har lest svaret ditt. Vil du endre noe, kan du ringe OT på { $phone }.
answer-unusable-title = Lenken virker ikke
answer-unusable-text = Lenken kan være for gammel, eller den er skrevet feil. Ring OT på { $phone }, eller bruk koden fra brevet ditt.
answer-throttled-text = Det har vært for mange forsøk fra denne enheten. Vent et kvarter og prøv igjen, eller ring OT på { $phone }.
answer-code-link = Jeg har en kode fra et brev
answer-code-title = Svar med koden fra brevet
answer-code-intro = Koden står i brevet fra OT. Den har åtte tegn.
answer-code-label = Koden fra brevet
answer-code-wrong = Vi finner ikke den koden. Sjekk at du har skrevet den riktig, eller ring OT.
answer-code-ended = Koden er riktig, men den virker ikke lenger: forespørselen har gått ut eller er trukket tilbake. Ring OT på { $phone }, så hjelper vi deg.
answer-code-missing = Skriv inn koden fra brevet.

## Meldinger på SMS og e-post
message-contact-subject = Melding fra { $service }
message-contact-body = Hei { $name }! { $service } lurer på hva du gjør nå. Svar her, det tar ett minutt: { $link } Koden din er { $code }. Hilsen OT
message-reminder-body = Hei igjen { $name }! Vi har ikke hørt fra deg ennå. Svar her: { $link } Hilsen { $service }
message-guardian-subject = Informasjon fra { $service }
message-guardian-body = Hei! { $service } har skrevet til barnet ditt. Her kan du lese om rettighetene til ungdom og hva OT kan hjelpe med: { $link } Hilsen OT

## Informasjonssider: rettigheter, foresatte, tilbud, oppfølging, personvern
# Korte setninger og «du»: sidene for ungdom skal ha LIX under 40 (app/tests/readability.rs).
info-law = Lovgrunnlag
info-related = Les også
info-printed = Skrevet ut { $date } fra { $url }
rights-title = Dine rettigheter
rights-lead = Er du mellom 15 og 24 år? Går du ikke på skole og har ikke jobb? Da skal OT hjelpe deg.
rights-who-heading = Hvem er OT for?
rights-who-1 = OT betyr Oppfølgingstjenesten. Alle fylker har en slik tjeneste.
rights-who-2 = OT er for deg som har rett til videregående opplæring. Du går ikke på skole, og du har ikke jobb.
rights-who-3 = OT er for deg helt til og med det året du fyller 24 år.
rights-who-4 = Du kan ta kontakt selv. Du trenger ikke noe skjema eller noen henvisning.
rights-school-heading = Du har rett til videregående opplæring
rights-school-1 = Du har rett til å ta videregående skole. Du kan ta fag på skole, som lærling eller på andre måter.
rights-school-2 = OT hjelper deg å finne ut hva som passer for deg.
rights-duty-heading = Dette skal OT gjøre for deg
rights-duty-1 = OT skal vite hvem som ikke går på skole og ikke har jobb.
rights-duty-2 = OT skal gi deg skriftlig informasjon om rettighetene dine. Denne siden er en del av det.
rights-duty-3 = OT skal ta kontakt med deg og tilby deg veiledning.
rights-duty-4 = OT skal gi deg et tilbud. Det kan være skole, arbeid, kurs eller noe annet.
rights-duty-5 = OT skal følge deg opp med samtaler så lenge du trenger det.
rights-no-heading = Du bestemmer selv
rights-no-1 = Du kan si nei takk. Det er helt greit.
rights-no-2 = Du kan ombestemme deg senere. Da kan du bare ta kontakt igjen.
rights-law = Forskrift til opplæringslova §§ 13-1 til 13-4. Opplæringslova (2023) § 9-4.
guardians-title = For foresatte
guardians-lead = Er du forelder eller foresatt til en ungdom under 18 år? Her kan du lese hva ungdommen har rett til, og hva OT gjør.
guardians-why-heading = Hvorfor får du denne informasjonen?
guardians-why-1 = OT skal gi skriftlig informasjon til alle ungdommer i målgruppen. Foresatte til ungdom under 18 år skal få den samme informasjonen.
guardians-why-2 = Ungdommen har fått en egen melding fra OT. Svarene til ungdommen sender vi ikke til deg.
guardians-rights-heading = Hva har ungdommen rett til?
guardians-rights-1 = Ungdommen har rett til videregående opplæring. OT er for ungdom som ikke går på skole og ikke har jobb, til og med året de fyller 24 år.
guardians-rights-2 = OT skal ta kontakt, veilede og gi et tilbud om skole, arbeid eller annen opplæring. OT følger opp så lenge det trengs.
guardians-help-heading = Hvordan kan du hjelpe?
guardians-help-1 = Snakk med ungdommen om hva de vil. Det er lov å si nei takk til OT.
guardians-help-2 = Du kan ringe OT selv på { $phone } hvis du er bekymret. Du trenger ingen henvisning.
guardians-18-heading = Når ungdommen fyller 18 år
guardians-18-1 = Da er ungdommen myndig. OT har taushetsplikt og kan ikke fortelle deg noe uten at ungdommen sier ja.
guardians-18-2 = Ungdommen kan gi OT lov til å snakke med deg. Spør ungdommen.
guardians-law = Forskrift til opplæringslova § 13-3 bokstav b. Forvaltningsloven § 13 om taushetsplikt.
offers-title = Hva OT kan tilby
offers-lead = OT finner et tilbud sammen med deg. Her er noen eksempler.
offers-1 = Samtaler og hjelp til å velge skole, fag eller jobb.
offers-2 = Praksis på en vanlig arbeidsplass, med tett oppfølging. Det kan føre til en læreplass.
offers-3 = Kurs og aktiviteter, for eksempel friluftsliv, kunst og trening.
offers-4 = Undervisning i fag, så du kan ta eksamen som privatist.
offers-5 = Hjelp til å samarbeide med NAV og andre, så du slipper å gå til mange steder alene.
offers-law = Forskrift til opplæringslova §§ 13-1 og 13-4.
followup-title = Slik foregår oppfølgingen
followup-lead = Her kan du lese hva som skjer når du har kontakt med OT.
followup-talk-heading = Den første samtalen
followup-talk-1 = Du møter en veileder. Dere snakker om hvordan du har det, og hva du vil.
followup-talk-2 = Du kan ta med deg noen du stoler på.
followup-plan-heading = Planen din
followup-plan-1 = Sammen lager dere en plan. Den sier hva du skal gjøre, og hva OT skal gjøre.
followup-plan-2 = Planen kan endres når du vil.
followup-no-heading = Du kan si nei
followup-no-1 = Det er frivillig å få hjelp fra OT. Du kan si nei, og du kan komme tilbake senere.
followup-law = Forskrift til opplæringslova § 13-3 bokstav c til e.
privacy-lead = Her står det hva OT vet om deg, hvorfor, og hvordan du kan se det.
privacy-knows-heading = Hva OT vet om deg
privacy-knows-1 = Navnet ditt, adressen din og telefonnummeret eller e-posten din hvis du har gitt oss det.
privacy-knows-2 = Hvilken skole du gikk på, hva du har søkt, begynt på og sluttet på.
privacy-knows-3 = Karakterene dine og hvilke rettigheter du har igjen.
privacy-knows-4 = Det du selv svarer oss her, og notater fra samtaler med deg.
privacy-why-heading = Hvorfor og på hvilket grunnlag
privacy-why-1 = Fylket må ha oversikt over ungdom i målgruppen og gi dem et tilbud. Det står i forskrift til opplæringslova § 13-3.
privacy-why-2 = Vi bruker bare opplysningene for å hjelpe deg. Vi deler dem ikke med andre uten lov eller at du sier ja.
privacy-keep-heading = Hvor lenge vi lagrer
privacy-keep-1 = Vi lagrer opplysningene og svarene dine så lenge du er i målgruppen: til og med året du fyller { $age }. Lenker i meldinger virker i { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    }.
privacy-keep-2 = Forespørsler om samtale og avtalte samtaler sletter vi { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    } etter samtalen. Lenken til samtalen virker i { $link_days ->
        [one] { $link_days } dag
       *[other] { $link_days } dager
    } etter at den er over.
privacy-keep-3 = Meldinger vi har sendt deg, med nummeret eller e-postadressen, sletter vi { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    } etter at de ble laget.
privacy-keep-4 = Koder, innloggingsforsøk og andre spor etter bruk av skjemaene sletter vi etter ett døgn.
privacy-council-heading = OT-rådet
privacy-council-1 = Søker du om å bli med i OT-rådet, lagrer vi fornavnet ditt, fødselsåret, mobilnummeret eller e-posten din og det du skriver. På rådets side står medlemmene med fornavn og rolle. Innspill blir publisert bare uten navn, og bare når OT velger det.
privacy-council-2 = Rådskoordinatoren i OT ser alltid hvem som har skrevet hva. De andre medlemmene ser det ikke hvis du skjuler navnet ditt. Søknader som er behandlet, sletter vi etter like lang tid som forespørsler om samtale.
privacy-see-heading = Se eller rette opplysningene
privacy-see-1 = Du har rett til å se hva vi har lagret om deg, og til å få rettet feil. Ta kontakt med OT.
privacy-see-2 = Alle ansatte som ser opplysningene dine, blir logget.
privacy-law = Personvernforordningen artikkel 6 nr. 1 bokstav e og artikkel 15 og 16. Forskrift til opplæringslova § 13-3.


## Tilgjengelighetserklæring og oversettelser
accessibility-lead = Alle skal kunne bruke Neste steg. Det gjelder også deg som bruker skjermleser, bare tastatur eller forstørrer skjermen.
accessibility-standard-heading = Kravene vi følger
accessibility-standard-1 = Nettsider fra det offentlige i Norge skal følge WCAG 2.1 på nivå AA. Det er en standard for nettsider som alle kan bruke.
accessibility-test-heading = Slik sjekker vi det
accessibility-test-1 = Hver gang vi endrer Neste steg, tester vi sidene i en nettleser på en liten mobil. Vi tester både med og uten JavaScript, og med verktøyet axe.
accessibility-test-2 = Alt kan brukes med tastatur. Feil i et skjema vises ved feltet og i en liste øverst på siden.
accessibility-known-heading = Det vi ikke er ferdige med
accessibility-known-1 = Noen språk er ikke sjekket av en utdannet oversetter ennå. Da står det øverst på siden, med en lenke til teksten på bokmål.
accessibility-known-2 = Vi har ennå ikke testet sidene sammen med brukere som bruker skjermleser.
accessibility-feedback-heading = Si fra hvis noe ikke virker
accessibility-feedback-1 = Ring eller skriv til OT. Telefon og e-post står nederst på siden.
accessibility-feedback-2 = Er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av ikt. Nettsiden deres er uutilsynet.no.
accessibility-law = Likestillings- og diskrimineringsloven § 18. Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4.
translation-notice = Denne siden er oversatt. Oversettelsen er ikke sjekket ennå.
translation-original = Les teksten på bokmål

## Bestille en samtale (ungdom)
booking-lead = Velg kontor og hvordan du vil møte oss. Da ser du ledige tider.
booking-office-legend = Hvilket kontor vil du til?
booking-form-legend = Hvordan vil du møte oss?
form-office = På kontoret
form-phone = På telefon
form-video = På video
form-walk = På tur – vi går og prater
booking-show-times = Vis ledige tider
booking-change-office = Velg et annet kontor
booking-times-legend = Velg en tid
booking-times-hint = Tidene er norsk tid. Samtalen varer { $minutes } minutter.
booking-more-days = Vis flere dager
booking-closed-days = Vi tilbyr ikke tider på helligdager og dager kontoret er stengt.
booking-no-times = Det er ingen ledige tider de neste ukene. Be oss ringe deg i stedet.
booking-slot-missing = Velg en tid.
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
booking-first-name = Fornavn
booking-first-name-missing = Skriv fornavnet ditt, bare med bokstaver.
booking-contact-hint = Skriv mobilnummer eller e-post, så vi kan svare deg.
booking-mobile = Mobilnummer
booking-email = E-post
booking-mobile-invalid = Skriv et norsk mobilnummer med 8 siffer, eller et nummer som begynner med +.
booking-mobile-country = Vi kan bare sende koden på SMS til norske mobilnumre. Skriv et norsk mobilnummer, eller la feltet stå tomt og skriv e-postadressen din.
booking-email-invalid = Skriv en e-postadresse som navn@eksempel.no.
booking-contact-missing = Skriv mobilnummer eller e-post.
booking-send = Send forespørselen
sending = Sender …
characters-count = { $count } av { $max } tegn
booking-taken = Noen andre tok akkurat den tiden. Velg en annen tid.
booking-none-fit-heading = Passer ingen av tidene?
booking-none-fit-text = Da ringer vi deg, og så finner vi en tid sammen.
booking-call-me = Ring meg
booking-call-me-sent = Takk! Vi ringer deg så snart vi kan, vanligvis innen to arbeidsdager.
booking-state-requested = Vi venter på svar fra veilederen
booking-state-requested-text = Veilederen svarer deg senest { $deadline }, og du får en melding når det er gjort. Til da er tiden holdt av til deg.
booking-state-confirmed = Samtalen er bekreftet
booking-state-declined = Veilederen kan ikke denne tiden
booking-state-expired = Forespørselen gikk ut
booking-state-expired-text = Veilederen rakk ikke å svare i tide. Velg en ny tid, eller ring oss.
booking-state-withdrawn = Du har trukket forespørselen
booking-state-cancelled = Samtalen er avlyst
booking-state-completed = Samtalen er ferdig
booking-state-no_show = Du kom ikke til samtalen
booking-when = Når
booking-how = Hvordan
booking-where = Hvor
booking-how-phone = Veilederen ringer deg.
booking-how-video = Du får en lenke til videosamtalen før samtalen.
booking-how-walk = Vi møtes utenfor kontoret og går en tur mens vi prater.
booking-reason = Beskjed fra OT
booking-withdraw = Avbestill tiden
booking-withdraw-confirm = Vil du avbestille tiden? Veilederen får beskjed, og tiden blir ledig for andre.
booking-withdraw-yes = Ja, avbestill
booking-withdraw-keep = Nei, behold tiden
booking-cancel = Avlys samtalen
booking-cancel-confirm = Vil du avlyse samtalen { $when }? Veilederen får beskjed, og tiden blir ledig for andre.
booking-cancel-yes = Ja, avlys samtalen
booking-cancel-keep = Nei, behold samtalen
booking-cancel-reason = Vil du si hvorfor? Det er frivillig.
booking-move = Flytt til en annen tid
booking-move-title = Velg en ny tid
booking-move-text = Den gamle tiden gjelder helt til veilederen har bekreftet den nye.
booking-moving = Du har bedt om å flytte samtalen. Den gamle tiden gjelder til veilederen har svart.
booking-calendar = Last ned til kalenderen (.ics)
booking-book-again = Bestill en ny tid
booking-unusable-text = Lenken virker ikke. Ring OT på { $phone }, så hjelper vi deg.
message-booking-subject = Samtale med { $service }
message-booking-confirmed = Hei { $name }! Samtalen med OT er bekreftet: { $when }, { $how }. Se, flytt eller avlys her: { $link }
message-reason-from-ot = Beskjed fra OT: { $reason }
message-booking-declined = Hei { $name }! OT kan ikke { $when }. { $reason } Velg en ny tid her: { $link }
message-booking-expired = Hei { $name }! Vi rakk ikke å bekrefte { $when }. Velg en ny tid eller ring oss: { $link }
message-booking-cancelled = Hei { $name }! OT har avlyst samtalen { $when }. { $reason } Bestill en ny tid her: { $link }
message-booking-cancelled-by-you = Hei { $name }! Du har avlyst samtalen { $when }. Vil du ha en ny tid, kan du bestille her: { $link }
message-booking-requested = Hei { $name }! Vi har fått forespørselen din om en samtale { $when }. OT svarer deg snart. Her kan du se den eller trekke den tilbake: { $link }
message-booking-reminder = Hei { $name }! Husk samtalen med OT i morgen: { $when }, { $how }. Se, flytt eller avlys her: { $link }
booking-code-title = Skriv inn koden
booking-code-sent-sms = Vi har sendt en kode på seks sifre på SMS til { $to }. Koden virker i 15 minutter. Tiden blir holdt av til deg først når du har skrevet den inn.
booking-code-sent-email = Vi har sendt en kode på seks sifre på e-post til { $to }. Koden virker i 15 minutter. Tiden blir holdt av til deg først når du har skrevet den inn.
booking-code-label = Koden
booking-code-hint = Seks sifre, for eksempel 123456.
booking-code-missing = Skriv koden på seks sifre fra meldingen.
booking-code-wrong = Det er ikke koden vi sendte. Se i meldingen og prøv igjen.
booking-code-gone = Koden virker ikke lenger. Be om en ny kode, eller velg en annen tid.
booking-code-resend = Send meg en ny kode
booking-code-resent = Vi har sendt deg en ny kode. Den gamle virker ikke lenger.
booking-code-last-try = Du har ett forsøk igjen. Er du usikker på koden, kan du be om en ny under.
booking-code-submit = Bekreft og send forespørselen
booking-code-again = Velg tid på nytt
error-too-many-active = Du har allerede to forespørsler eller avtaler hos oss. Ring OT hvis du trenger en til.
message-booking-code-subject = Koden din fra { $service }
message-booking-code-body = { $code } er koden din for å bestille en samtale med { $service }. Den virker i 15 minutter. Har du ikke bedt om en kode, kan du se bort fra denne meldingen.
calendar-summary = Samtale med { $service }

## OT-råd
council-title = OT-rådet
council-lead = OT-rådet er ungdommer som har vært utenfor skole eller jobb. De gir OT råd om det som angår unge, og OT svarer på hvert innspill.
council-join-link = Søk om å bli med
council-login-link = Er du medlem? Logg inn
council-mandate-heading = Dette gjør rådet
council-mandate-1 = Rådet ble satt ned av fylkestinget i desember 2020. Det fungerer som et elevråd: det gir råd til OT og samarbeider med OT om saker som angår ungdom.
council-mandate-2 = Rådet har en plass i fylkets ungdomsråd, deltar i debatter og legger fram saker for hovedutvalget for utdanning.
council-mandate-3 = Når OT spør rådet, sender medlemmene innspill. Hvert innspill får en status og et svar fra OT, og svarene står på denne siden.
council-plan-heading = Årshjulet
council-plan-empty = Det er ikke satt opp noe i årshjulet ennå.
council-plan-meeting = Møte
council-plan-hearing_deadline = Frist for innspill
council-plan-report_to_committee = Rapport til hovedutvalget for utdanning
council-plan-other = Annet
council-members-heading = Medlemmer
council-members-empty = Rådet har ingen medlemmer akkurat nå.
council-role-leader = leder
council-role-deputy = nestleder
council-role-member = medlem
council-answers-heading = Innspill og svar fra OT
council-answers-empty = Ingen innspill er publisert ennå.
council-answer-from-ot = Svar fra OT:
council-status-received = Mottatt
council-status-considering = OT vurderer innspillet
council-status-answered = Besvart
council-status-acted_on = Fulgt opp
council-status-not_acted_on = Ikke fulgt opp
council-statements-heading = Uttalelser
council-statements-empty = Ingen uttalelser er publisert ennå.
council-minutes-heading = Referater
council-minutes-empty = Ingen referater er publisert ennå.
council-join-heading = Bli med i OT-rådet
council-join-text = Er du mellom 15 og 24 år og har vært utenfor skole eller jobb? Da vet du hva som hjelper, og det vil OT høre. Rådet møtes noen ganger i året, og du kan si din mening når det passer deg.
council-join-keep-seat = Begynner du på skole eller i jobb igjen, kan du beholde plassen i rådet det første året.
council-back = Tilbake til OT-rådet
council-apply-title = Søk om å bli med i OT-rådet
council-apply-intro = Fyll ut skjemaet, så tar rådskoordinatoren i OT kontakt med deg.
council-apply-age = Alder
council-apply-age-invalid = Skriv alderen din med tall, for eksempel 17.
council-apply-channel-legend = Hvordan vil du at vi tar kontakt?
council-apply-channel-invalid = Velg SMS eller e-post, og skriv nummeret eller adressen for det du velger.
council-apply-reason = Hvorfor vil du være med? (valgfritt)
council-apply-reason-too-long = Teksten kan ha høyst 1000 tegn.
council-apply-send = Send søknaden
council-apply-sent-title = Takk! Vi har fått søknaden din
council-apply-sent-text = Rådskoordinatoren i OT har fått beskjed.
council-apply-next-heading = Dette skjer nå
council-apply-next = Rådskoordinatoren leser søknaden og tar kontakt med deg slik du ba om, vanligvis innen to uker. Blir du med, får du en melding med hvordan du logger inn.
council-login-title = Logg inn i OT-rådet
council-login-intro = Skriv mobilnummeret eller e-postadressen du ga OT-rådet. Er du medlem, sender vi deg en kode og en lenke.
council-login-contact = Mobilnummer eller e-post
council-login-contact-invalid = Skriv et mobilnummer eller en e-postadresse.
council-login-send = Send meg en kode
council-code-title = Skriv inn koden
council-code-sent = Er du medlem av OT-rådet, har vi sendt deg en kode på seks sifre. Den virker i 15 minutter. Du kan også bruke lenken i meldingen.
council-code-label = Koden
council-code-missing = Skriv inn koden på seks sifre.
council-code-gone = Koden virker ikke lenger. Be om en ny kode.
council-code-new = Be om en ny kode
council-code-send = Logg inn
council-link-title = Logg inn i OT-rådet
council-link-text = Trykk på knappen for å logge inn.
council-link-button = Logg inn
council-link-gone = Lenken virker ikke lenger. Den virker bare én gang og i 15 minutter.
council-member-title = OT-rådet for medlemmer
council-member-greeting = Hei, { $name }!
council-member-back = Tilbake til oversikten
council-logout = Logg ut
council-hearings-heading = Høringer
council-hearings-empty = Det er ingen høringer akkurat nå.
council-hearing-deadline = Frist: { $deadline }
council-hearing-open = Åpen for innspill
council-hearing-closed = Fristen er ute
council-hearing-closed-text = Fristen er ute. Du kan lese innspillene og svarene fra OT.
council-hearing-question = Spørsmålet
council-hearing-background = Bakgrunn
council-meetings-heading = Møter
council-meetings-empty = Det er ingen møter satt opp.
council-meeting-calendar = Legg i kalenderen (.ics)
council-meeting-minutes = Referat
council-input-heading = Ditt innspill
council-input-label = Innspillet ditt
council-input-missing = Skriv innspillet ditt (høyst 2000 tegn).
council-input-hide-name = Skjul navnet mitt for de andre medlemmene (OT ser det alltid)
council-input-send = Send innspillet
council-input-yours = Ditt innspill
council-input-change = Endre innspillet
council-input-save = Lagre endringen
council-input-withdraw = Trekk tilbake innspillet
council-input-pending = OT ser på det før de andre medlemmene kan lese det.
council-input-hidden = Skjult av OT: { $reason }
council-input-anonymous = Et medlem
council-others-heading = Innspill fra de andre
council-supports = { $count ->
    [0] Ingen støtter dette ennå
    [one] Én støtter dette
   *[other] { $count } støtter dette
}
council-support = Støtt
council-support-of = Støtt innspillet fra { $name }
council-unsupport = Ta tilbake støtten
council-unsupport-of = Ta tilbake støtten til innspillet fra { $name }
council-comment-label = Kommentar til innspillet fra { $name }
council-comment-missing = Skriv kommentaren (høyst 1000 tegn).
council-comment-send = Send kommentaren
council-comment-withdraw = Trekk tilbake kommentaren
council-report = Meld fra til OT
council-report-comment = Meld fra til OT om kommentaren
council-report-reason = Hva er galt? (valgfritt)
council-report-send = Send til OT
council-saved = Lagret.
council-sent = Takk! Innspillet ditt er sendt. Dette skrev du:
council-closed-error = Fristen er ute, så dette kan ikke endres lenger.
council-not-allowed = Det kan du ikke gjøre med dette innspillet.
message-council-login-subject = Innlogging i OT-rådet hos { $service }
message-council-login-body = { $code } er koden din for å logge inn i OT-rådet. Den virker i 15 minutter, én gang. Du kan også logge inn med denne lenken: { $link } Har du ikke bedt om dette, kan du se bort fra meldingen.
message-council-answer-subject = OT har svart på innspillet ditt
message-council-answer-body = Hei { $name }! OT har svart på innspillet ditt til «{ $hearing }». Logg inn og les svaret her: { $link }
message-council-admitted-subject = Velkommen i OT-rådet hos { $service }
message-council-admitted-body = Hei { $name }! Du er tatt opp i OT-rådet. Logg inn med mobilnummeret eller e-postadressen du søkte med, så får du en kode: { $link }
message-council-declined-subject = Svar på søknaden din til OT-rådet hos { $service }
message-council-declined-body = Hei { $name }! Takk for at du søkte om å bli med i OT-rådet. Denne gangen fikk du ikke plass. Du kan fortsatt følge rådet og si din mening her: { $link }

## Tall
figures-title = Tall: når OT alle?
figure-table-show = Vis tallene i en tabell
figures-lead = OT skal ha oversikt over alle i målgruppen og ta kontakt med hver og en. Her er tallene for hele landet og for fylket, og hva Neste steg viser så langt.
figures-fewer-than-five = færre enn 5
figures-hidden = skjult
figures-too-few = for få til å vise
figures-count = Antall
figures-year = År
figures-county = Fylke
figures-share = Andel
figures-group = Gruppe
figures-group-unknown_activity = Ukjent aktivitet
figures-group-follow_up = Under oppfølging og veiledning
figures-group-in_activity = I aktivitet
figures-group-clarified = Avklart
figures-group-not_in_target_group = Ikke i målgruppen
figures-national-heading = Ungdom OT følger opp i hele landet
figures-national-caption = Ungdom OT fulgte opp i juni, hele landet
figures-counties-heading = Fylkene i juni 2024
figures-counties-caption = Ungdom OT fulgte opp i juni 2024, etter fylke
figures-unreached-heading = Ungdom OT ikke fikk kontakt med
figures-unreached-caption = Andel OT ikke fikk kontakt med i 2024, fylkene med høyest andel
figures-vestfold-heading = Vestfold 15. juni 2024
figures-vestfold-text = { $registered } ungdommer var registrert hos OT i Vestfold. { $target } av dem var i målgruppen, og { $outside } var utenfor den.
figures-vestfold-caption = Ungdom i målgruppen i Vestfold 15. juni 2024, etter hovedgruppe
figures-source-udir = Kilde: Utdanningsdirektoratet, tall per juni, publisert august 2024.
figures-source-vestfold = Kilde: OT Vestfold, årsrapport 2023/24. Telledato 15. juni 2024.
figures-portal-heading = Tall fra Neste steg: { $service }
figures-portal-period = Periode
figures-portal-sent = Forespørsler sendt
figures-portal-answered = Svar
figures-portal-rate = Andel som svarte
figures-portal-median = Dager til svar (median)
figures-portal-groups-caption = Ungdom etter hovedgruppe på telledatoen { $date }
figures-portal-no-count-date = Det er ingen telledato i Neste steg ennå.
figures-suppression = Tall under 5 vises ikke, og heller ikke tall som kan regnes ut fra dem, så ingen kan kjennes igjen.

## staff-only
# The staff area speaks nb, nn and en only: every message below this line exists in those three
# languages and no other (app/tests/locales.rs checks both halves).
login-title = Logg inn for ansatte
login-email = E-postadresse
login-password = Passord
login-submit = Logg inn
login-email-missing = Skriv inn e-postadressen din.
login-password-missing = Skriv inn passordet ditt.
logout = Logg ut
staff-nav-label = Meny for ansatte
paging-label = Sider i listen
paging-previous = Forrige side
paging-next = Neste side
paging-position = Side { $page } av { $pages }
workplace-title = Arbeidsflate
workplace-greeting = Hei, { $name }
workplace-role = Rolle
workplace-departments = Avdelinger
workplace-whole-county = Hele fylket
role-advisor = Rådgiver
role-coordinator = Koordinator
role-council_coordinator = Koordinator for OT-rådet
role-administrator = Administrator
workplace-administration = Administrasjon
admin-title = Ansattkontoer
admin-new = Ny konto
admin-name = Fullt navn
admin-department = Avdeling
admin-departments-of = Avdelingene til { $name }
admin-password = Første passord (minst 12 tegn)
admin-create = Opprett konto
admin-created = Kontoen er opprettet. Gi personen passordet på en trygg måte.
admin-name-missing = Skriv inn det fulle navnet, høyst 200 tegn.
admin-email-invalid = Skriv inn en gyldig e-postadresse, for eksempel navn@fylke.no.
admin-email-taken = Det finnes allerede en konto med denne e-postadressen.
admin-password-short = Passordet må ha minst 12 tegn.
admin-active = aktiv
admin-disabled = stengt
admin-disable = Steng kontoen til { $name }
admin-enable = Åpne kontoen til { $name }
audit-title = Logg over innsyn og endringer
audit-caption = De nyeste hendelsene først
audit-at = Tidspunkt
audit-by = Hvem
audit-action = Hva
audit-subject = Gjelder
audit-system = Systemet (kommandolinjen)
admin-save = Lagre for { $name }
departments-title = Avdelinger og kontorer
department-name = Navn
department-address = Gateadresse
department-postal-code = Postnummer
department-city = Poststed
department-save = Lagre
department-saved = Endringene er lagret og vises på kontaktsiden.
department-name-missing = Skriv inn navnet på avdelingen.
department-address-missing = Skriv inn gateadressen.
department-postal-code-invalid = Postnummeret må ha fire sifre.
department-city-missing = Skriv inn poststedet.
department-phone-invalid = Skriv inn et telefonnummer med minst åtte sifre.

## Ansatte: kontaktforespørsler, svar og demo-postkasse
workplace-today = Dette venter på deg
workplace-waiting-answers = { $count ->
    [one] Ett nytt svar venter på statuskode
   *[other] { $count } nye svar venter på statuskode
}
workplace-call-list = { $count ->
    [one] Én person å ringe
   *[other] { $count } personer å ringe
}
workplace-areas = Arbeidsområder
requests-title = Kontaktforespørsler
requests-count = { $count } i alt
call-list-title = Ringeliste
requests-call-list-link = Ringelisten: { $count } å ringe
call-list-lead = { $count } har ikke svart etter påminnelsene. Ring dem, de eldste først.
requests-all = Alle forespørsler
requests-letter-code = Kode for brev
request-state-answered = Har svart
request-state-call_list = Skal ringes
request-state-revoked = Trukket tilbake
request-state-expired = Utløpt
request-state-waiting = Venter på svar
request-revoke = Trekk tilbake forespørselen til { $name }
request-revoke-short = Trekk tilbake
request-revoke-confirm = Trekke tilbake forespørselen til { $name }? Lenken i meldingen slutter å virke, og dette kan ikke angres.
request-revoked-notice = Forespørselen er trukket tilbake. Lenken virker ikke lenger.
request-revoke-keep = Nei, behold den
request-created = Forespørselen er lagret, og meldingen sendes nå.
request-new = Ny kontaktforespørsel
request-optional = (valgfritt)
request-first-name = Fornavn
request-last-name = Etternavn
request-birth-date = Fødselsdato (dd.mm.åååå)
request-mobile = Mobilnummer
request-language = Språk for meldingen
request-municipality = Kommune
request-guardian = Foresatte (for ungdom under 18 år)
request-send = Lagre og send
request-name-too-long = Navnet kan ha høyst 100 tegn.
request-first-name-missing = Skriv inn fornavnet.
request-last-name-missing = Skriv inn etternavnet.
request-birth-date-invalid = Skriv fødselsdatoen som dd.mm.åååå. Personen må være i OTs målgruppe (15–24 år i år).
request-mobile-invalid = Skriv inn et norsk mobilnummer med 8 siffer.
request-contact-missing = Skriv inn et mobilnummer eller en e-postadresse, så vi kan nå personen.
request-municipality-missing = Skriv inn kommunen.
request-department-invalid = Velg en avdeling du arbeider i.
request-language-invalid = Velg et språk.
answers-title = Svar fra ungdom
answers-all = Alle
answers-activity = Svar
answers-min-age = Alder fra
answers-max-age = Alder til
answers-include-handled = Vis også behandlede svar
answers-filter = Vis
answers-none = Ingen svar venter.
answers-suggested = Foreslått kode: { $code }
answers-confirmed = Bekreftet kode: { $code }
answers-export = Last ned bekreftede koder (CSV for Vigo OT)
answers-reference = Referanse
answers-age = Alder
answers-received = Mottatt
answers-details = Utdyping
answers-suggested-label = Foreslått statuskode
answers-review = Bekreft eller endre koden
answers-code = Statuskode
answers-via = «via»: OT hjalp personen inn i dette
answers-note = Notat (valgfritt)
answers-called = Jeg har ringt personen
answers-called-short = ringt
answers-confirm = Bekreft koden
answers-history = Historikk
answers-history-none = Ikke behandlet ennå.
answers-back = Tilbake til svarene
answers-saved = Koden er lagret.
mailbox-title = Demo-postkasse
mailbox-intro = I demomodus sendes ingen SMS eller e-post. Meldingene havner her i stedet.
mailbox-empty = Ingen meldinger ennå.

## Import fra CSV
import-title = Importer mange fra en CSV-fil
import-intro = Første linje må ha kolonnenavnene. Lagre fila som CSV (UTF-8) med semikolon. Ingenting importeres før du har sett over forhåndsvisningen og bekreftet.
import-file = CSV-fil
import-preview = Vis forhåndsvisning
import-preview-title = Forhåndsvisning av importen
import-summary = { $good } rader er klare til import. { $bad } rader har feil og blir ikke importert.
import-bad-rows = Rader med feil
import-line = Linje { $line }
import-confirm = Importer { $good } rader og send meldingene
import-again = Last opp en annen fil
import-done = { $count ->
    [one] Én forespørsel er importert, og meldingen sendes nå.
   *[other] { $count } forespørsler er importert, og meldingene sendes nå.
}
import-duplicate = Duplikat
import-file-empty = Fila er tom.
import-file-too-large = Fila er for stor. Del den opp i filer med høyst 10 000 rader.
import-file-wrong-encoding = Fila er ikke lagret som UTF-8. Velg «CSV UTF-8» når du lagrer i regnearket.
import-file-missing-column = Fila mangler en kolonne som må være med: fornavn, etternavn, fødselsdato, kommune og avdeling.
import-file-unreadable = Fila kan ikke leses som CSV.
import-reason-missing = mangler
import-reason-too-long = er lengre enn 100 tegn
import-reason-not-a-date = er ikke en dato (dd.mm.åååå)
import-reason-outside-target-group = er utenfor OTs målgruppe (15–24 år i år)
import-reason-not-a-mobile = er ikke et mobilnummer
import-reason-not-an-email = er ikke en e-postadresse
import-reason-contact-needed = mobil eller e-post må være med
import-reason-unknown-language = er et språk vi ikke har
import-reason-unknown-department = er ikke en avdeling du arbeider i
import-reason-duplicate = personen har allerede en åpen forespørsel eller står to ganger i fila

## Innlogging med fylkets identitetsleverandør
login-oidc = Logg inn med jobbkontoen din
login-oidc-failed = Innloggingen med jobbkontoen lyktes ikke. Prøv igjen, eller kontakt en administrator hvis du ikke har tilgang til Neste steg.
department-hours-hint = La begge feltene stå tomme for dager kontoret er stengt. Skriv tiden som tt:mm.
department-opens = { $day } åpner
department-closes = { $day } stenger
department-hours-invalid = Skriv åpningstiden som tt:mm, og stengetiden etter åpningstiden.
audit-subject-type = Type post
audit-subject-id = Nummer på posten

## Ansatte: bestillinger og tider
bookings-title = Bestillinger og samtaler
bookings-queue = Forespørsler som venter på deg
bookings-queue-empty = Ingen forespørsler venter.
bookings-hold = Svar innen { $deadline }
bookings-near-deadline = Snart for sent
bookings-confirm = Bekreft
bookings-decline = Avslå
bookings-decline-reason = Beskjed til ungdommen
bookings-decline-reason-missing = Skriv en kort beskjed til ungdommen.
bookings-confirmed-notice = Samtalen med { $name } { $when } er bekreftet. { $name } får beskjed nå.
bookings-declined-notice = Forespørselen fra { $name } er avslått. { $name } får beskjed nå.
bookings-propose = Foreslå en annen tid
bookings-propose-title = Ny tid for { $name }
bookings-propose-text = Den nye tiden blir bekreftet med en gang. Ungdommen får en melding med lenke for å flytte eller avlyse, og forespørselen blir avslått.
bookings-propose-send = Bekreft den nye tiden
bookings-propose-missing = Velg en ny tid.
bookings-callbacks = Vil bli ringt
bookings-callback-done = Jeg har ringt
bookings-meetings = Samtaler
bookings-day = Dag
bookings-week = Uke
bookings-previous = Forrige
bookings-next = Neste
bookings-none = Ingen samtaler.
bookings-with = { $name }, { $form }
bookings-requested = Venter på svar
bookings-completed = Gjennomført
bookings-no-show = Kom ikke
bookings-cancel = Avlys
bookings-cancel-reason = Grunn (sendes til ungdommen)
bookings-decided = Noen andre har allerede svart på denne forespørselen, eller den har gått ut.
availability-title = Mine tider
availability-settings = Samtalene mine
availability-length = Lengde på samtalen (minutter)
availability-buffer = Pause etter hver samtale (minutter)
availability-notice = Minste varsel før en samtale (timer)
availability-window = Hvor langt fram ungdom kan bestille (dager)
availability-forms = Møteformer jeg tilbyr
availability-weekly = Faste tider hver uke
availability-weekly-hint = Tidsrom samme dag kan ikke overlappe. La feltene stå tomme for dager du ikke har samtaler.
availability-save = Lagre tidene
availability-saved = Tidene er lagret.
availability-invalid = Sjekk tallene og tidene: slutt må være etter start, og tidsrom samme dag kan ikke overlappe.
availability-exceptions = Unntak
availability-exception-date = Dato
availability-away = Borte
availability-extra = Ekstra tider
availability-from = Fra
availability-to = Til
availability-all-day = La klokkeslettene stå tomme for hele dagen.
availability-add = Legg til unntaket
availability-remove = Fjern
availability-add-range = Legg til et tidsrom
availability-remove-range = Fjern tidsrommet
availability-exception-invalid = Sjekk datoen og klokkeslettene. Ekstra tider trenger kontor og klokkeslett.
availability-no-exceptions = Ingen unntak.
workplace-booking-requests = { $count ->
    [one] Én forespørsel om samtale venter
   *[other] { $count } forespørsler om samtale venter
}
workplace-near-deadline = { $count ->
    [one] én av dem går snart ut
   *[other] { $count } av dem går snart ut
}
workplace-meetings-today = { $count ->
    [one] Én samtale i dag
   *[other] { $count } samtaler i dag
}
workplace-callbacks = { $count ->
    [one] Én vil bli ringt
   *[other] { $count } vil bli ringt
}

# Status codes of Vigo OT, with their meaning (facts.md).
status-code-OTUK = Ukjent aktivitet
status-code-OTOV = Under oppfølging og veiledning
status-code-OTOA = I tiltak fra fylkeskommunen (opplæring eller arbeidspraksis)
status-code-OTAP = I arbeidspraksis eller annet tiltak fra NAV
status-code-OTKO = I kombinert tiltak fra fylkeskommunen og NAV
status-code-OTAR = I arbeid
status-code-OTEV = Elev i videregående skole
status-code-OTVF = Elev ved privat videregående skole
status-code-OTLL = Lærling, lærekandidat eller praksisbrevkandidat
status-code-OTNO = Har takket nei til oppfølging
status-code-OTMI = I militæret (førstegangstjeneste)
status-code-OTBA = Har omsorg for barn
status-code-OTSY = Syk eller på institusjon
status-code-OTIF = Ikke-formell opplæring, for eksempel folkehøgskole
status-code-ELGS-IM = Elev i grunnskolen, forebyggende arbeid
status-code-ELVG-IM = Elev eller lærling i videregående, forebyggende arbeid
status-code-OTFA-IM = Flyttet til et annet fylke
status-code-OTFU-IM = Flyttet til eller bor i utlandet
status-code-Feil = Registrert ved en feil
status-code-OTAR_IM = I arbeid uten hjelp fra OT
status-code-OTEV_IM = Elev i videregående uten hjelp fra OT
status-code-OTVF_IM = Elev ved privatskole uten hjelp fra OT
status-code-OTLL_IM = Lærling eller lærekandidat uten hjelp fra OT

message-council-application-subject = Ny søknad til OT-rådet
message-council-application-body = Det har kommet en ny søknad til OT-rådet. Logg inn for å lese den: { $link }

## Ansatte: OT-rådet (koordinatoren for OT-rådet)
council-admin-title = OT-rådet
council-admin-back-workplace = Tilbake til arbeidsflaten
council-admin-back = Tilbake til OT-rådet
council-admin-contents = Innhold på siden
council-admin-waiting = Dette venter
council-admin-applications = Søknader
council-admin-members = Medlemmer
council-admin-alumni = Tidligere medlemmer
council-admin-hearings = Høringer
council-admin-meetings = Møter
council-admin-plan = Årshjul
council-admin-none = Ingenting venter her.
council-admin-pending-inputs = { $count ->
    [one] Ett innspill venter på godkjenning
   *[other] { $count } innspill venter på godkjenning
}
council-admin-pending-comments = { $count ->
    [one] Én kommentar venter på godkjenning
   *[other] { $count } kommentarer venter på godkjenning
}
council-admin-open-reports = { $count ->
    [one] Én melding om innhold er ikke behandlet
   *[other] { $count } meldinger om innhold er ikke behandlet
}
council-admin-overdue = { $count ->
    [one] Ett innspill har ventet mer enn { $days } dager på svar
   *[other] { $count } innspill har ventet mer enn { $days } dager på svar
}
council-admin-pending-heading = Innspill som venter på godkjenning
council-admin-overdue-heading = Innspill uten svar etter { $days } dager
council-admin-reports-heading = Meldt innhold
council-admin-input-from = Innspill fra { $name } til «{ $hearing }»
council-admin-report-line = { $name } har meldt: «{ $text }»
council-admin-report-reason = Begrunnelse: { $reason }
council-admin-days-waiting = { $days ->
    [one] Har ventet én dag på svar
   *[other] Har ventet { $days } dager på svar
}
council-admin-answered-after = { $days ->
    [one] Besvart etter én dag
   *[other] Besvart etter { $days } dager
}
council-admin-age = Alder
council-admin-age-value = Fyller { $age } år i år
council-admin-contact-by = Vil bli kontaktet på
council-admin-channel-sms = SMS
council-admin-channel-email = E-post
council-admin-language = Språk
council-admin-reason = Hvorfor vil du være med?
council-admin-no-reason = (Ikke fylt ut)
council-admin-received = Mottatt
council-admin-role = Rolle
council-admin-role-leader = Leder
council-admin-role-deputy = Nestleder
council-admin-role-member = Medlem
council-admin-term-from = Perioden begynner
council-admin-term-to = Perioden slutter
council-admin-term = { $from } – { $to }
council-admin-admit = Ta opp { $name } som medlem
council-admin-decline = Avslå søknaden fra { $name }
council-admin-no-applications = Ingen nye søknader.
council-admin-decided-applications = { $count ->
    [one] Én behandlet søknad
   *[other] { $count } behandlede søknader
}
council-admin-application-admitted = tatt opp
council-admin-application-declined = avslått
council-admin-admitted = Søkeren er tatt opp som medlem. Medlemmet logger inn på OT-rådets side med mobilnummeret eller e-postadressen fra søknaden.
council-admin-declined = Søknaden er avslått. Gi søkeren beskjed på den måten søkeren ba om å bli kontaktet.
council-admin-admit-conflict = Søknaden er allerede behandlet, eller mobilnummeret eller e-postadressen hører til et medlem som sitter nå.
council-admin-application-decided = Søknaden er allerede behandlet.
council-admin-role-invalid = Velg en rolle.
council-admin-date-invalid = Skriv datoen som dd.mm.åååå.
council-admin-term-order = Perioden må slutte etter at den begynner.
council-admin-term-past = Perioden kan ikke slutte før i dag.
council-admin-no-members = Rådet har ingen medlemmer nå.
council-admin-starts-later = Begynner senere
council-admin-minor = Under 18: innspill godkjennes først
council-admin-change-member = Endre rolle eller periode for { $name }
council-admin-save-member = Lagre rolle og periode for { $name }
council-admin-member-saved = Rollen og perioden er lagret.
council-admin-end-confirm = Ja, avslutt perioden til { $name } nå. Dette kan ikke angres.
council-admin-end-term = Avslutt perioden til { $name }
council-admin-end-confirm-missing = Kryss av for å bekrefte at perioden skal avsluttes nå.
council-admin-term-ended = Perioden er avsluttet. Personen står nå blant de tidligere medlemmene og kan ikke logge inn lenger.
council-admin-no-alumni = Ingen tidligere medlemmer ennå.
council-admin-alumnus-term = Medlem { $from } – { $to }
council-admin-hearing-draft = Utkast
council-admin-hearing-open = Åpen for innspill
council-admin-hearing-closed = Fristen er ute
council-admin-deadline-at = Frist: { $when }
council-admin-hearing-counts = Innspill: { $inputs }. Venter på godkjenning: { $pending }. Uten svar: { $unanswered }.
council-admin-no-hearings = Ingen høringer ennå.
council-admin-new-hearing = Ny høring
council-admin-new-hearing-hint = Høringen lagres som utkast. Medlemmene ser den først når du publiserer den.
council-admin-hearing-title = Tittel
council-admin-question = Spørsmålet til rådet
council-admin-background = Bakgrunn (valgfritt)
council-admin-deadline = Frist for innspill
council-admin-oslo-time-hint = Norsk tid. Skriv datoen som dd.mm.åååå og klokkeslettet som tt:mm.
council-admin-date-label = Dato
council-admin-time-label = Klokkeslett
council-admin-create-hearing = Lagre høringen som utkast
council-admin-title-missing = Skriv en tittel.
council-admin-question-missing = Skriv spørsmålet til rådet.
council-admin-too-long = Teksten er for lang. Gjør den kortere.
council-admin-title-one-line = Skriv tittelen på én linje.
council-admin-deadline-past = Fristen må være fram i tid.
council-admin-time-invalid = Skriv klokkeslettet som tt:mm, for eksempel 12:00.
council-admin-time-nonexistent = Dette klokkeslettet finnes ikke den dagen: klokka stilles fram fra 02:00 til 03:00. Velg et annet klokkeslett.
council-admin-time-ambiguous = Dette klokkeslettet finnes to ganger den dagen, fordi klokka stilles tilbake fra 03:00 til 02:00. Velg et klokkeslett før 02:00 eller fra 03:00.
council-admin-no-meetings = Ingen møter ennå.
council-admin-new-meeting = Nytt møte
council-admin-meeting-title = Tittel
council-admin-agenda = Saksliste
council-admin-place = Sted (valgfritt)
council-admin-meeting-time = Tidspunkt
council-admin-starts = Begynner
council-admin-ends = Slutter
council-admin-create-meeting = Lagre møtet
council-admin-ends-before-starts = Møtet må slutte etter at det begynner.
council-admin-minutes-public = Referatet er offentlig
council-admin-plan-hint = Møter og høringsfrister kommer med i årshjulet på den offentlige siden av seg selv. Her legger du til andre datoer.
council-admin-no-plan-items = Ingen andre datoer i årshjulet.
council-admin-plan-meeting = Møte
council-admin-plan-hearing_deadline = Frist for innspill
council-admin-plan-report_to_committee = Rapport til hovedutvalget for utdanning
council-admin-plan-other = Annet
council-admin-remove-plan-item = Fjern «{ $title }» fra årshjulet
council-admin-new-plan-item = Ny dato i årshjulet
council-admin-kind = Hva slags dato er det?
council-admin-plan-date = Dato
council-admin-plan-title = Hva skjer?
council-admin-add-plan-item = Legg til i årshjulet
council-admin-kind-invalid = Velg hva slags dato det er.
council-admin-plan-added = Datoen er lagt til i årshjulet.
council-admin-plan-removed = Datoen er fjernet fra årshjulet.
council-admin-hearing-created = Høringen er lagret som utkast. Medlemmene ser den når du publiserer den.
council-admin-hearing-saved = Endringene i høringen er lagret.
council-admin-hearing-published = Høringen er publisert. Medlemmene kan sende innspill fram til fristen.
council-admin-draft-hint = Dette er et utkast. Medlemmene ser høringen først når du publiserer den.
council-admin-publish-hearing = Publiser høringen for medlemmene
council-admin-inputs = { $count ->
    [one] Ett innspill
   *[other] { $count } innspill
}
council-admin-inputs-hint = Du ser alltid navnet på den som skrev, også når navnet er skjult for de andre medlemmene. Innspill uten svar etter { $days } dager er markert.
council-admin-no-inputs = Ingen innspill ennå.
council-admin-input-by = Innspill fra { $name }
council-admin-name-hidden = Navnet er skjult for andre medlemmer
council-admin-status = Status
council-admin-status-received = Mottatt
council-admin-status-considering = Vurderes
council-admin-status-answered = Besvart
council-admin-status-acted_on = Fulgt opp
council-admin-status-not_acted_on = Ikke fulgt opp
council-admin-approval = Godkjenning
council-admin-approval-pending = Venter på godkjenning
council-admin-approval-approved = Godkjent
council-admin-approval-not-needed = Trenger ikke godkjenning (18 år eller eldre)
council-admin-waited = Ventetid
council-admin-overdue-tag = Mer enn { $days } dager uten svar
council-admin-supports = Støtte fra andre medlemmer
council-admin-open-reports-label = Ubehandlede meldinger om innholdet
council-admin-public = På den offentlige siden
council-admin-yes = Ja
council-admin-no = Nei
council-admin-hidden-label = Skjult, med begrunnelse
council-admin-withdrawn = Trukket tilbake
council-admin-answer-label = OTs svar
council-admin-reported = Meldt
council-admin-reported-by = Meldt av { $name } { $when }
council-admin-handle-report = Merk meldingen fra { $name } som behandlet
council-admin-approve-input = Godkjenn innspillet fra { $name }
council-admin-approve-comment = Godkjenn kommentaren fra { $name }
council-admin-answer-heading = Svar og status
council-admin-answer = Svar til { $name }
council-admin-answer-hint = { $name } får en melding på SMS eller e-post, på sitt språk, om at OT har svart.
council-admin-answer-again-hint = Innspillet har et svar. Sender du et nytt, får { $name } en ny melding.
council-admin-outcome = Hva betyr svaret for innspillet?
council-admin-send-answer = Send svaret til { $name }
council-admin-status-change = Endre status uten nytt svar (ingen melding sendes)
council-admin-save-status = Lagre statusen for innspillet fra { $name }
council-admin-publish-input = Vis innspillet og svaret på den offentlige siden, uten navn
council-admin-save-publication = Lagre valget for innspillet fra { $name }
council-admin-names-warning = Teksten eller OTs svar nevner { $names }. Det som publiseres, står på den offentlige siden slik det er skrevet. Ta navnet ut av svaret, eller bekreft under at det kan stå der.
council-admin-names-confirm = Jeg har sjekket: { $names } kan stå på den offentlige siden
council-admin-names-unchecked = Kryss av for at navnet kan stå på den offentlige siden, eller ta det ut av svaret først.
council-admin-hide-heading = Skjul innspillet
council-admin-restore-heading = Vis innspillet igjen
council-admin-hide-reason = Begrunnelse for å skjule (forfatteren ser den)
council-admin-restore-reason = Begrunnelse for å vise igjen
council-admin-hide-input = Skjul innspillet fra { $name }
council-admin-restore-input = Vis innspillet fra { $name } igjen
council-admin-hide-comment = Skjul kommentaren fra { $name }
council-admin-restore-comment = Vis kommentaren fra { $name } igjen
council-admin-comments = { $count ->
    [one] Én kommentar
   *[other] { $count } kommentarer
}
council-admin-comment-by = Kommentar fra { $name }
council-admin-hidden-because = Skjult: { $reason }
council-admin-approved = Godkjent. De andre medlemmene ser det nå.
council-admin-hidden = Skjult for de andre medlemmene. Forfatteren ser begrunnelsen.
council-admin-restored = Vises igjen for medlemmene.
council-admin-status-saved = Statusen er lagret. Medlemmet får ingen melding om dette.
council-admin-answered = Svaret er lagret, og { $name } får en melding nå.
council-admin-publication-saved = Valget for den offentlige siden er lagret.
council-admin-report-handled = Meldingen er merket som behandlet.
council-admin-reason-missing = Skriv en begrunnelse.
council-admin-answer-missing = Skriv svaret til medlemmet.
council-admin-outcome-invalid = Velg hva svaret betyr for innspillet.
council-admin-status-invalid = Velg en status.
council-admin-own-statuses = Egne statuser
council-admin-own-statuses-hint = Egne statuser står ved siden av den faste statusen til et innspill, for eksempel «Sendt til hovedutvalget». Medlemmet ser dem, og den offentlige siden viser dem når innspillet er publisert. En status som tas ut av bruk, blir stående på innspillene som har den.
council-admin-own-statuses-none = Ingen egne statuser er i bruk.
council-admin-own-statuses-retired = Tatt ut av bruk: { $labels }
council-admin-own-status-label = Ny status
council-admin-own-status-add = Legg til status
council-admin-own-status-retire = Ta «{ $label }» ut av bruk
council-admin-own-status-added = Statusen er lagt til.
council-admin-own-status-retired = Statusen er tatt ut av bruk.
council-admin-own-status-label-missing = Skriv navnet på statusen.
council-admin-own-status = Egen status
council-admin-own-status-none = Ingen egen status
council-admin-own-status-invalid = Velg en av statusene i listen.
council-admin-status-conflict = Et innspill med svar kan bare være besvart, fulgt opp eller ikke fulgt opp. Et innspill uten svar kan bare være mottatt eller vurderes.
council-admin-answer-conflict = Innspillet er trukket tilbake, eller medlemmet har verken mobilnummer eller e-postadresse.
council-admin-publish-conflict = Bare innspill som er godkjent, ikke skjult og ikke trukket tilbake, kan vises på den offentlige siden.
council-admin-statement-heading = Rådets uttalelse
council-admin-statement = Uttalelse
council-admin-statement-published = Vis uttalelsen på den offentlige siden
council-admin-save-statement = Lagre uttalelsen
council-admin-statement-saved = Uttalelsen er lagret.
council-admin-statement-missing = Skriv uttalelsen før du publiserer den.
council-admin-edit-hearing = Endre høringen
council-admin-save-hearing = Lagre endringene
council-admin-meeting-created = Møtet er lagret. Medlemmene ser det og kan legge det i kalenderen.
council-admin-meeting-saved = Endringene i møtet er lagret.
council-admin-attendance = Oppmøte
council-admin-present = Til stede
council-admin-absent = Ikke til stede
council-admin-save-attendance = Lagre oppmøtet
council-admin-attendance-saved = Oppmøtet er lagret.
council-admin-no-attendance = Ingen medlemmer hadde periode da møtet var.
council-admin-minutes-heading = Referat
council-admin-minutes = Referat fra møtet
council-admin-minutes-published = Vis referatet på den offentlige siden
council-admin-save-minutes = Lagre referatet
council-admin-minutes-saved = Referatet er lagret.
council-admin-minutes-missing = Skriv referatet før du publiserer det.
council-admin-edit-meeting = Endre møtet
council-admin-save-meeting = Lagre endringene
council-admin-workplace-approvals = { $count ->
    [one] Ett innspill venter på godkjenning
   *[other] { $count } innspill venter på godkjenning
}
council-admin-workplace-comments = { $count ->
    [one] Én kommentar venter på godkjenning
   *[other] { $count } kommentarer venter på godkjenning
}
council-admin-workplace-reports = { $count ->
    [one] Én melding om innhold å se på
   *[other] { $count } meldinger om innhold å se på
}
council-admin-workplace-overdue = { $count ->
    [one] Ett innspill har ventet mer enn { $days } dager på svar
   *[other] { $count } innspill har ventet mer enn { $days } dager på svar
}
council-admin-workplace-applications = { $count ->
    [one] Én ny søknad til rådet
   *[other] { $count } nye søknader til rådet
}
council-admin-workplace-link = Alt om OT-rådet: søknader, medlemmer, høringer og møter
numbers-title = Tall
numbers-from = Fra og med
numbers-to = Til og med
numbers-all-departments = Alle avdelinger jeg ser
numbers-show = Vis tallene
numbers-period-invalid = Datoene kunne ikke leses, eller perioden er for lang (høyst fem år). Her er tallene for skoleåret.
numbers-as-of = Tallene gjelder fram til { $when }.
numbers-csv = Last ned tabellen (CSV)
numbers-total = Til sammen
numbers-reach-heading = Når vi dem?
numbers-reach-caption = Kontaktforespørsler sendt i perioden
numbers-sent = Sendt
numbers-answered = Svart
numbers-answer-rate = Andel som svarte
numbers-median-days = Dager til svar (median)
numbers-p90-days = Dager til svar (9 av 10 innen)
numbers-unanswered = Ikke svart ennå
numbers-call-list = På ringelisten
numbers-withdrawn = Trukket tilbake
numbers-channel = Kanal
numbers-channel-caption = Svar etter kanalen som nådde dem
numbers-channel-letter = Brev (koden)
numbers-route = Vei inn
numbers-route-caption = Svar etter veien inn
numbers-route-link = Lenke i SMS eller e-post
numbers-route-letter_code = Koden fra brevet
numbers-unknown = Ukjent
numbers-reminder = Påminnelser
numbers-reminder-caption = Svar etter hvor mange påminnelser de hadde fått
numbers-reminder-none = Før påminnelse
numbers-reminder-first = Etter første påminnelse
numbers-reminder-second = Etter andre påminnelse
numbers-reminder-later = Etter tredje eller senere
numbers-status-heading = Statuskoder
numbers-status-caption = Svarene og kodene
numbers-confirmed = Kode bekreftet
numbers-awaiting = Venter på at en veileder bekrefter koden
numbers-groups-caption = Bekreftede koder etter Udirs hovedgrupper
numbers-code = Kode
numbers-codes-caption = Bekreftede koder
numbers-meetings-heading = Samtaler og OT-rådet
numbers-meetings-caption = Samtaler
numbers-requests = Forespørsler om samtale
numbers-meetings-confirmed = Bekreftet
numbers-median-hours = Timer til bekreftelse (median)
numbers-callbacks = Vil bli ringt
numbers-state = Status nå
numbers-state-caption = Forespørsler om samtale etter status
numbers-state-requested = Venter på svar
numbers-state-confirmed = Bekreftet
numbers-state-declined = Avslått
numbers-state-expired = Utløpt
numbers-state-withdrawn = Trukket
numbers-state-cancelled = Avlyst
numbers-state-completed = Gjennomført
numbers-state-no_show = Møtte ikke
numbers-council-caption = Innspill til OT-rådet
numbers-council-received = Mottatt
numbers-council-answered = Besvart
numbers-council-waiting = Venter på svar
numbers-council-median = Dager til svar (median)
numbers-breakdown-heading = Fordelt på alder, språk og kontor
numbers-age = Alder
numbers-age-band = { $band } år
numbers-age-caption = Etter alder ved periodens slutt
numbers-language = Språk
numbers-language-caption = Etter språket forespørselen var skrevet på
numbers-office-caption = Etter kontor
numbers-count-date-heading = Telledato
numbers-count-date-caption = Status i dag og på siste telledato, etter hovedgruppe
numbers-today = I dag
numbers-at-count-date = { $date }
numbers-no-answer = Har ikke svart
