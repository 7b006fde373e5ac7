/**
 * French (fr) translations, group c: the issue-10 entries (anthropic timeout/conflict, bedrock
 * marketplace access, relay LiteLLM budget).
 */
import type { ErrorTranslations } from '../types.ts';

export const TRANSLATIONS: ErrorTranslations = {
  'anthropic/timeout-error': {
    title: 'Délai dépassé chez Anthropic (504)',
    explanation: 'Le traitement de la requête a pris trop de temps et a expiré (HTTP 504 timeout_error). Les longues requêtes sans streaming (un grand max_tokens sans streaming) et les réseaux qui coupent les connexions inactives le rendent plus probable ; la requête elle-même est valide.',
    fix: ['Réessayez avec un backoff exponentiel.', 'Diffusez les longues réponses en streaming (ou passez par la Message Batches API) plutôt que de tenir une longue requête sans streaming, et évitez un grand max_tokens sans streaming.'],
  },
  'anthropic/conflict-error': {
    title: 'Conflit avec l’état actuel d’une ressource (409)',
    explanation: 'La requête entre en conflit avec l’état actuel d’une ressource chez Anthropic (HTTP 409 conflict_error) : par exemple la ressource était modifiée en parallèle. La documentation la considère comme réessayable une fois le conflit résolu.',
    fix: ['Réessayez après une courte attente (avec backoff) ; n’envoyez pas de modifications concurrentes sur la même ressource.', 'Si l’échec persiste, relisez l’état actuel de la ressource avant de la modifier, et contactez le support avec le request_id.'],
  },
  'bedrock/marketplace-model-access': {
    title: 'L’accès au modèle demande des autorisations AWS Marketplace',
    explanation: 'Bedrock active les modèles tiers par un abonnement AWS Marketplace pris à la première utilisation, et l’utilisateur ou le rôle IAM appelant n’a pas le droit d’effectuer les actions Marketplace nécessaires (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) : l’accès au modèle est refusé. Les couches intermédiaires le présentent souvent comme une erreur de connexion ou un 502 ; c’est un problème d’autorisation, et réessayer tel quel n’aide pas.',
    fix: ['Accordez à l’appelant aws-marketplace:Subscribe, aws-marketplace:Unsubscribe et aws-marketplace:ViewSubscriptions (ou faites appeler le modèle une fois par un administrateur pour finaliser l’abonnement).', 'Vérifiez que le compte a un moyen de paiement valide pour les achats Marketplace et, pour les modèles Anthropic, que le formulaire de première utilisation a été envoyé.', 'Réessayez quelques minutes après le changement : l’abonnement peut prendre jusqu’à 2 minutes.'],
  },
  'relay/litellm-budget-exceeded': {
    title: 'Budget de la passerelle épuisé (LiteLLM)',
    explanation: 'Le proxy LiteLLM devant le fournisseur a refusé la requête parce qu’un budget qu’il applique (clé virtuelle, utilisateur, équipe, utilisateur final ou déploiement de modèle) est épuisé. C’est le budget propre de la passerelle, pas les crédits du fournisseur, même quand l’erreur est étiquetée comme une exception OpenAI ou du fournisseur.',
    fix: ['Demandez à l’administrateur de la passerelle de relever ou réinitialiser le budget de la clé, de l’utilisateur ou de l’équipe (max_budget, budget_duration), ou utilisez une autre clé.', 'Si aucun budget ne devait s’appliquer, vérifiez les prix des modèles et les journaux de dépense de la passerelle : un prix erroné peut épuiser un budget d’un coup.'],
  },
  'deepseek/server-busy': {
    title: 'Serveur DeepSeek occupé',
    explanation: 'DeepSeek répond que ses serveurs sont occupés : sa capacité est épuisée par un fort trafic pour le moment. La requête est correcte et réussira plus tard.',
    fix: ['Réessayez après une courte attente avec backoff ; consultez https://status.deepseek.com si cela dure.'],
  },
  'seed/http-402': {
    title: "Paiement requis (402)",
    explanation: "Le service veut être payé avant de répondre : le solde du compte, de la clé ou du relais est vide ou trop bas pour cette requête (DeepSeek, OpenRouter, Together et beaucoup de relais répondent 402). Réessayer à l’identique échoue tant que le solde n’est pas rechargé.",
    fix: ["Vérifiez le solde ou les crédits du compte ou de la clé qui a envoyé la requête (ou du relais devant) et rechargez-le.", "Si le message dit que le solde couvre moins de jetons, baissez max_tokens ou raccourcissez la requête."],
  },
  'seed/http-408': {
    title: "Délai de requête dépassé (408)",
    explanation: "Le serveur (ou une passerelle devant lui) a fermé la connexion parce que la requête ou la réponse prenait trop de temps. La requête elle-même est en général correcte.",
    fix: ["Réessayez avec un délai croissant ; diffusez les longues réponses en flux pour que des octets circulent.", "Augmentez le délai du client, ou baissez le nombre maximal de jetons si cela se répète."],
  },
  'seed/http-413': {
    title: "Requête trop volumineuse (413)",
    explanation: "Le corps de la requête dépasse ce que le serveur ou un proxy devant lui accepte : longues conversations, gros résultats d’outils, images ou fichiers intégrés. Le même corps échoue de nouveau ; il doit diminuer.",
    fix: ["Envoyez moins : supprimez ou résumez les anciens tours et les gros résultats d’outils, ou redimensionnez et compressez les images.", "Téléversez les gros fichiers par l’API de fichiers du fournisseur et référencez-les, au lieu de les intégrer en base64."],
  },
  'seed/http-529': {
    title: "Surcharge (529)",
    explanation: "Le service est temporairement surchargé (le 529 non standard d’Anthropic et de plusieurs relais). Ni la requête ni les limites du compte n’en sont la cause.",
    fix: ["Réessayez avec un délai exponentiel.", "Si cela persiste, consultez la page d’état du fournisseur ou essayez un autre modèle ou une autre région."],
  },
  'seed/http-52x': {
    title: "Le proxy n’a pas obtenu de réponse du serveur derrière lui (52x)",
    explanation: "Un proxy de périphérie (les 520–524 de Cloudflare) n’a obtenu aucune réponse exploitable de l’origine : réponse invalide (520), origine arrêtée (521), pas de réponse à temps (522, 524) ou injoignable (523). La requête elle-même n’en est en général pas la cause.",
    fix: ["Réessayez avec un délai croissant ; pour un 524, diffusez les longues réponses en flux pour que l’origine réponde avant le délai du proxy.", "Si cela persiste, l’API ou le relais derrière le proxy est arrêté : vérifiez son état, ou appelez directement le fournisseur."],
  },
};
