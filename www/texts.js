// Every text of the site's pages in nb and en, keyed by the data-t
// attribute of the element it fills (www/site.js). The element texts come
// from the package's own catalogue (nb, nn, en), not from here.
export const TEXTS = {
  // Reference (referanse.html)
  'ref.title': { nb: 'Referanse – lis1kit', en: 'Reference – lis1kit' },
  'ref.h1': { nb: 'Referanse for utviklere', en: 'Reference for developers' },
  'ref.intro': {
    nb: 'Elementene og JavaScript-API-et til pakken lis1kit. Elementdelen er generert fra pakkens custom-elements.json, som igjen er generert fra elementenes egen tabell i Rust-koden.',
    en: 'The elements and the JavaScript API of the lis1kit package. The elements part is generated from the package’s custom-elements.json, itself generated from the elements’ own table in the Rust code.',
  },
  'ref.toc': { nb: 'Innhold', en: 'Contents' },
  'ref.elements': { nb: 'Elementene', en: 'The elements' },
  'ref.elements-intro': {
    nb: 'Attributter, egenskaper, hendelser, CSS-deler (::part) og CSS-egenskaper for hvert element. Beskrivelsene er på engelsk, som i manifestet.',
    en: 'Attributes, properties, events, CSS parts (::part) and CSS custom properties of each element. The descriptions are in English, as in the manifest.',
  },
  'ref.loading': { nb: 'Laster custom-elements.json …', en: 'Loading custom-elements.json …' },
  'ref.load-failed': { nb: 'Kunne ikke laste custom-elements.json', en: 'Could not load custom-elements.json' },
  'ref.api': { nb: 'JavaScript-API', en: 'JavaScript API' },
  'ref.api-intro': {
    nb: 'Importer fra pakken (import … from \'lis1kit\'). Hvert eksempel under kjøres i denne nettleseren når du trykker «Kjør»; koden som vises er nøyaktig koden som kjøres.',
    en: 'Import from the package (import … from \'lis1kit\'). Each example below runs in this browser when you press “Run”; the code shown is exactly the code that runs.',
  },
  'ref.attributes': { nb: 'Attributter', en: 'Attributes' },
  'ref.properties': { nb: 'Egenskaper og metoder', en: 'Properties and methods' },
  'ref.events': { nb: 'Hendelser', en: 'Events' },
  'ref.parts': { nb: 'CSS-deler (::part)', en: 'CSS parts (::part)' },
  'ref.css-properties': { nb: 'CSS-egenskaper (custom properties)', en: 'CSS custom properties' },
  'ref.slots': { nb: 'Spor (slots)', en: 'Slots' },
  'ref.default-slot': { nb: '(standardspor)', en: '(default slot)' },
  'ref.none': { nb: 'Ingen.', en: 'None.' },
  'ref.name': { nb: 'Navn', en: 'Name' },
  'ref.type': { nb: 'Type', en: 'Type' },
  'ref.description': { nb: 'Beskrivelse', en: 'Description' },
  'ref.run': { nb: 'Kjør', en: 'Run' },
  'ref.running': { nb: 'Kjører …', en: 'Running …' },
  'ref.output': { nb: 'Resultat', en: 'Output' },
  'ex.version': { nb: 'version(): pakkens versjon', en: 'version(): the package version' },
  'ex.rule-sets': { nb: 'ruleSets(): de daterte fraværsreglene', en: 'ruleSets(): the dated absence rules' },
  'ex.remaining-service': { nb: 'remainingService(): gjenstående tjeneste (regneeksempel 1)', en: 'remainingService(): remaining service (worked example 1)' },
  'ex.check-absence': { nb: 'checkAbsence(): fravær mot grensen', en: 'checkAbsence(): absence against the allowance' },
  'ex.check-eligibility': { nb: 'checkEligibility(): bundne stillinger', en: 'checkEligibility(): bound positions' },
  'ex.estimate-cost': { nb: 'estimateCost(): kostnader per budsjettår', en: 'estimateCost(): costs per budget year' },
  'ex.validate': { nb: 'validate(): alle feil, uten unntak', en: 'validate(): every issue, never throws' },
  'ex.schema': { nb: 'schema(): JSON Schema for en input', en: 'schema(): JSON Schema of an input' },
  'ex.form-spec': { nb: 'formSpec(): feltene til et eget skjema', en: 'formSpec(): the fields for your own form' },
  'ex.messages': { nb: 'messages(): meldingskatalogen (nb, nn, en)', en: 'messages(): the message catalogue (nb, nn, en)' },
  'ex.lis1-error': { nb: 'Lis1Error: ugyldig input kaster med alle feil', en: 'Lis1Error: invalid input throws with every issue' },
};

Object.assign(TEXTS, {
  // Applicant self-check (selvsjekk.html)
  'check.title': { nb: 'Selvsjekk for LIS1 – lis1kit', en: 'LIS1 self-check – lis1kit' },
  'check.h1': { nb: 'Selvsjekk for LIS1', en: 'LIS1 self-check' },
  'check.intro': {
    nb: 'Regn ut gjenstående tjeneste, fravær, om du kan søke en bunden stilling, og hva en stilling koster. Alt regnes ut i nettleseren din; ingenting sendes eller lagres med mindre du selv lagrer en fil.',
    en: 'Work out your remaining service, your absence, whether you can apply for a bound position, and what a position costs. Everything is computed in your browser; nothing is sent or stored unless you save a file yourself.',
  },
  'check.keep': { nb: 'Ta vare på det du har fylt ut', en: 'Keep what you have filled in' },
  'check.keep-help': {
    nb: '«Lagre» laster ned en JSON-fil med alt du har fylt ut i de fire skjemaene. Med «Åpne» fyller du skjemaene fra en slik fil igjen.',
    en: '“Save” downloads a JSON file with everything you have filled in on the four forms. “Open” fills the forms from such a file again.',
  },
  'check.save': { nb: 'Lagre det jeg har fylt ut', en: 'Save my inputs' },
  'check.open': { nb: 'Åpne lagret fil', en: 'Open saved inputs' },
  'check.print': { nb: 'Skriv ut sammendrag', en: 'Print summary' },
  'check.service': { nb: 'Gjenstående tjeneste', en: 'Remaining service' },
  'check.absence': { nb: 'Fravær', en: 'Absence' },
  'check.eligibility': { nb: 'Kan jeg søke en bunden stilling?', en: 'Can I apply for a bound position?' },
  'check.cost': { nb: 'Hva koster en LIS1-stilling?', en: 'What does a LIS1 position cost?' },
  'check.loading': { nb: 'Laster …', en: 'Loading …' },
  'check.saved': { nb: 'Filen lis1-selvsjekk.json er lastet ned.', en: 'The file lis1-selvsjekk.json has been downloaded.' },
  'check.opened': { nb: 'skjemaene er fylt ut fra filen.', en: 'the forms are filled in from the file.' },
  'check.error-json': { nb: 'filen er ikke gyldig JSON.', en: 'the file is not valid JSON.' },
  'check.error-format': { nb: 'filen er ikke en lagret selvsjekk fra denne siden.', en: 'the file is not a self-check saved from this page.' },
  'check.error-field': { nb: 'filen har et ukjent eller ugyldig skjema:', en: 'the file has an unknown or invalid form:' },
  'check.nothing-changed': { nb: 'Ingenting er endret.', en: 'Nothing was changed.' },
});
