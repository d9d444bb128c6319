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

planned-text = Denne delen av Neste steg lages nå. Frem til den er klar, kan du ringe eller skrive til OT.
planned-contact = Se telefon og adresse til kontorene

not-found-title = Fant ikke siden
not-found-heading = Vi fant ikke siden
not-found-text = Lenken kan være feil, eller siden kan være flyttet.
not-found-home = Gå til forsiden

error-not-found = Vi fant ikke det du så etter.
error-invalid-input = Noe i skjemaet må rettes.
error-conflict = Noen andre endret dette samtidig. Prøv igjen.
error-internal = Noe gikk galt hos oss. Prøv igjen om litt. Svarene du allerede har sendt, er lagret.
error-network = Vi fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.
error-forbidden-origin = Skjemaet kom ikke fra Neste steg, så vi har ikke gjort noe. Gå tilbake til siden og prøv igjen.

error-summary-title = Det er noe som må rettes
error-sign-in = Du må logge inn for å se denne siden.
error-wrong-credentials = E-postadressen eller passordet er feil.
error-account-disabled = Kontoen din er stengt. Kontakt en administrator i OT.
error-throttled = For mange forsøk på kort tid. Vent et kvarter og prøv igjen.

login-title = Logg inn for ansatte
login-email = E-postadresse
login-password = Passord
login-submit = Logg inn
login-email-missing = Skriv inn e-postadressen din.
login-password-missing = Skriv inn passordet ditt.
logout = Logg ut

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
admin-password = Første passord (minst 12 tegn)
admin-create = Opprett konto
admin-created = Kontoen er opprettet. Gi personen passordet på en trygg måte.
admin-name-missing = Skriv inn det fulle navnet.
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
