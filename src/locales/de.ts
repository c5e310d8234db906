import type { VerdictError } from '../data/errors.js';
import type { VerdictStrings } from '../strings.js';

function errorMessage(error: VerdictError): string {
  const where = error.url ?? 'Das Dokument';
  switch (error.kind) {
    case 'network':
      return `${where} konnte nicht geladen werden: Der Server antwortet nicht oder erlaubt dieser Seite nicht, die Datei zu lesen (CORS: Er muss Access-Control-Allow-Origin senden).`;
    case 'http':
      if (error.status === 404 || error.status === 410) return `${where} wurde nicht gefunden (HTTP ${error.status}): Prüfen Sie die src-Adresse.`;
      if (error.status === 401 || error.status === 403) {
        return `${where} antwortete mit HTTP ${error.status}: Die Datei muss öffentlich sein (die Anfrage wird ohne Cookies gesendet).`;
      }
      return `${where} antwortete mit HTTP ${error.status ?? ''}: Prüfen Sie die Adresse und den Server.`;
    case 'timeout':
      return `${where} hat nicht rechtzeitig geantwortet; der Server ist vielleicht langsam oder nicht erreichbar.`;
    case 'too-large':
      return `${where} überschreitet die Grenze von 2 MiB für ein Vergleichsdokument.`;
    case 'parse':
      return /HTML/.test(error.message)
        ? `${where} ist kein gültiges JSON, sondern eine HTML-Seite: Prüfen Sie, ob die Adresse auf die .json-Datei zeigt.`
        : `${where} ist kein gültiges JSON.`;
    case 'schema': {
      const [first] = error.issues;
      const more = error.issues.length - 1;
      return `Das Dokument entspricht nicht dem Format: ${first ? `${first.path}: ${first.message}` : ''}${more > 0 ? ` (und ${more} weitere${more > 1 ? '' : 's'} Problem${more > 1 ? 'e' : ''})` : ''}.`;
    }
    case 'not-found': {
      const ids = error.message.match(/"[^"]+"/g) ?? [];
      return /^Set the/.test(error.message)
        ? `Setzen Sie das Attribut tool auf eines der Werkzeuge dieses Vergleichs: ${ids.join(', ')}.`
        : `Dieser Vergleich hat kein Werkzeug ${ids[0] ?? ''}. Seine Werkzeuge: ${ids.slice(1).join(', ')}.`;
    }
    case 'source':
      return /^Inline/.test(error.message)
        ? 'Das Inline-JSON kam HTML-maskiert an (&quot;…) und ist auch dekodiert ungültig: Der Seitengenerator hat den Inhalt des Skripts verändert. Legen Sie das JSON in eine Datei (src) oder halten Sie das Skript aus dem Markdown heraus.'
        : /\[object Object\]/.test(error.message)
          ? 'Das Attribut data enthält den Text „[object Object]“: Ein Objekt wurde als Attribut übergeben. Setzen Sie data als Eigenschaft (:data.prop in Vue, eine ref in React) oder nutzen Sie src oder ein Inline-JSON-Skript.'
          : 'Das Attribut data wird ignoriert: data ist eine Eigenschaft, die ein Objekt nimmt. Setzen Sie sie per Skript (el.data = doc) oder legen Sie das JSON in ein Kind <script type="application/json">.';
  }
}

/**
 * German, complete: `setStrings(GERMAN)` for the page, or `el.strings = GERMAN` for one element.
 * Details of schema problems (`reviews[3].tool: unknown tool "x"`) stay in English after the German
 * sentence: they quote the document's own field names.
 */
export const GERMAN: VerdictStrings = {
  panelShip: 'Jury: Ship',
  community: 'Community',
  entry: 'Einstieg',
  ship: 'Ship',
  skip: 'Skip',
  noReview: 'Keine Bewertung',
  by: (vendor) => `von ${vendor}`,
  votes: (count, formatted) => `${formatted} ${count === 1 ? 'Stimme' : 'Stimmen'}`,
  noVotes: 'Noch keine Stimmen',
  communityShare: (share, count, formatted) => `${share} Ship · ${formatted} ${count === 1 ? 'Stimme' : 'Stimmen'}`,
  reviewers: (count, formatted) => `${formatted} ${count === 1 ? 'Experte' : 'Experten'}`,
  shipCount: (ship, total) => `${ship} von ${total}: Ship`,
  reviewer: 'Experte',
  panelHeading: 'Urteil der Jury',
  communityHeading: 'Abstimmung der Community',
  published: (date) => `Veröffentlicht am ${date}`,
  readComparison: 'Den ganzen Vergleich lesen',
  readMore: 'Weiterlesen',
  showLess: 'Weniger anzeigen',
  filterLabel: 'Experten anzeigen',
  showingReviewers: (shown, total) => `${shown} von ${total} Experten angezeigt`,
  noReviewers: 'Noch keine Bewertungen.',
  noReviewerSelected: 'Kein Experte ausgewählt: Wählen Sie oben einen aus.',
  disagreement: (panel, community) =>
    `Jury und Community sind uneins: Die Jury sagt zu ${panel} Ship, die Community zu ${community}.`,
  loading: 'Vergleich wird geladen…',
  errorTitle: 'Dieser Vergleich kann nicht angezeigt werden',
  errorUnavailable: 'Dieser Vergleich ist gerade nicht verfügbar.',
  errorSlow: 'Dieser Vergleich braucht zu lange zum Laden.',
  errorBroken: 'Dieser Vergleich kann nicht angezeigt werden.',
  details: 'Details',
  retry: 'Erneut versuchen',
  allProblems: (count) => `Alle ${count} Probleme`,
  empty: 'Noch kein Vergleich: Geben Sie diesem Element ein src, ein data-Objekt oder ein eingebettetes JSON-Skript.',
  pricing: {
    free: 'Kostenlos',
    freemium: 'Freemium',
    paid: 'Kostenpflichtig',
    'open-source': 'Open Source',
    contact: 'Auf Anfrage',
  },
  yourVote: 'Ihre Stimme',
  voteOn: (tool) => `Ihre Stimme zu ${tool}`,
  voted: (verdict) => (verdict ? 'Stimme gezählt. Danke!' : 'Stimme zurückgezogen.'),
  voteFailed: (kind, after) =>
    `Stimme nicht gezählt: ${
      kind === 'rate-limited' || kind === 'unavailable'
        ? `der Abstimmungsserver ist ausgelastet. Versuchen Sie es ${after ? `in ${after < 90 ? `${after} s` : `${Math.ceil(after / 60)} min`}` : 'später'} erneut.`
        : kind === 'network' || kind === 'timeout'
          ? 'der Abstimmungsserver hat nicht geantwortet. Versuchen Sie es später erneut.'
          : 'der Abstimmungsserver hat sie abgelehnt.'
    }`,
  errorMessage,
};
