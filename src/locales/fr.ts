import type { VerdictError } from '../data/errors.js';
import type { VerdictStrings } from '../strings.js';

const plural = (count: number, word: string) => (count > 1 ? `${word}s` : word);

function errorMessage(error: VerdictError): string {
  const where = error.url ?? 'Le document';
  switch (error.kind) {
    case 'network':
      return `Impossible de charger ${where} : le serveur ne répond pas, ou n’autorise pas cette page à lire le fichier (CORS : il doit envoyer Access-Control-Allow-Origin).`;
    case 'http':
      if (error.status === 404 || error.status === 410) return `${where} est introuvable (HTTP ${error.status}) : vérifiez l’adresse src.`;
      if (error.status === 401 || error.status === 403) {
        return `${where} a répondu HTTP ${error.status} : le fichier doit être public (la requête part sans cookies).`;
      }
      return `${where} a répondu HTTP ${error.status ?? ''} : vérifiez l’adresse et le serveur.`;
    case 'timeout':
      return `${where} n’a pas répondu à temps ; le serveur est peut-être lent ou arrêté.`;
    case 'too-large':
      return `${where} dépasse la limite de 2 Mio d’un document de comparaison.`;
    case 'parse':
      return /HTML/.test(error.message)
        ? `${where} n’est pas un JSON valide : c’est une page HTML ; vérifiez que l’adresse mène au fichier .json.`
        : `${where} n’est pas un JSON valide.`;
    case 'schema': {
      const [first] = error.issues;
      const more = error.issues.length - 1;
      return `Le document ne respecte pas le format : ${first ? `${first.path} : ${first.message}` : ''}${more > 0 ? ` (et ${more} autre${more > 1 ? 's' : ''} problème${more > 1 ? 's' : ''})` : ''}.`;
    }
    case 'not-found': {
      const ids = error.message.match(/"[^"]+"/g) ?? [];
      return /^Set the/.test(error.message)
        ? `Donnez à l’attribut tool l’un des outils de cette comparaison : ${ids.join(', ')}.`
        : `Cette comparaison n’a pas d’outil ${ids[0] ?? ''}. Ses outils : ${ids.slice(1).join(', ')}.`;
    }
    case 'source':
      return /^Inline/.test(error.message)
        ? 'Le JSON en ligne est arrivé échappé en HTML (&quot;…) et reste invalide une fois décodé : le générateur du site a transformé le contenu du script. Mettez le JSON dans un fichier (src) ou gardez le script hors du Markdown.'
        : /\[object Object\]/.test(error.message)
          ? 'L’attribut data contient le texte « [object Object] » : un objet a été passé comme attribut. Passez data comme propriété (:data.prop dans Vue, une ref dans React), ou utilisez src ou un script JSON en ligne.'
          : 'L’attribut data est ignoré : data est une propriété qui prend un objet. Donnez-la depuis un script (el.data = doc) ou mettez le JSON dans un enfant <script type="application/json">.';
  }
}

/**
 * French, complete: `setStrings(FRENCH)` for the page, or `el.strings = FRENCH` for one element.
 * Details of schema problems (`reviews[3].tool: unknown tool "x"`) stay in English after the
 * French sentence: they quote the document's own field names.
 */
export const FRENCH: VerdictStrings = {
  panelShip: 'Jury : ship',
  community: 'Communauté',
  entry: 'Prix d’entrée',
  ship: 'Ship',
  skip: 'Skip',
  noReview: 'Pas d’avis',
  by: (vendor) => `par ${vendor}`,
  votes: (count, formatted) => `${formatted} ${plural(count, 'vote')}`,
  noVotes: 'Aucun vote',
  communityShare: (share, count, formatted) => `${share} ship · ${formatted} ${plural(count, 'vote')}`,
  reviewers: (count, formatted) => `${formatted} ${plural(count, 'expert')}`,
  shipCount: (ship, total) => `${ship} sur ${total} : ship`,
  reviewer: 'Expert',
  panelHeading: 'Avis du jury',
  communityHeading: 'Vote de la communauté',
  published: (date) => `Publié le ${date}`,
  readComparison: 'Lire la comparaison complète',
  readMore: 'Lire la suite',
  showLess: 'Réduire',
  filterLabel: 'Afficher les experts',
  showingReviewers: (shown, total) => `${shown} ${plural(shown, 'expert')} affiché${shown > 1 ? 's' : ''} sur ${total}`,
  noReviewers: 'Pas encore d’avis.',
  noReviewerSelected: 'Aucun expert sélectionné : utilisez les boutons ci-dessus.',
  disagreement: (panel, community) => `Le jury et la communauté divergent : ${panel} de ship pour le jury, ${community} pour la communauté.`,
  loading: 'Chargement de la comparaison…',
  errorTitle: 'Impossible d’afficher cette comparaison',
  errorUnavailable: 'Cette comparaison n’est pas disponible pour le moment.',
  errorSlow: 'Cette comparaison met trop de temps à se charger.',
  errorBroken: 'Cette comparaison ne peut pas être affichée.',
  details: 'Détails',
  retry: 'Réessayer',
  allProblems: (count) => `Les ${count} problèmes`,
  empty: 'Aucune comparaison : donnez à cet élément un src, un objet data ou un script JSON en ligne.',
  pricing: {
    free: 'Gratuit',
    freemium: 'Freemium',
    paid: 'Payant',
    'open-source': 'Open source',
    contact: 'Sur devis',
  },
  yourVote: 'Votre vote',
  voteOn: (tool) => `Votre vote sur ${tool}`,
  voted: (verdict) => (verdict ? 'Vote compté. Merci !' : 'Vote retiré.'),
  voteFailed: (kind, after) =>
    `Vote non compté : ${
      kind === 'rate-limited' || kind === 'unavailable'
        ? `le serveur de votes est occupé. Réessayez ${after ? `dans ${after < 90 ? `${after} s` : `${Math.ceil(after / 60)} min`}` : 'plus tard'}.`
        : kind === 'network' || kind === 'timeout'
          ? 'le serveur de votes n’a pas répondu. Réessayez plus tard.'
          : 'le serveur de votes l’a refusé.'
    }`,
  errorMessage,
};
