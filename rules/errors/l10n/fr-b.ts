/**
 * French (fr) translations, group b: entries/openai.ts, azure.ts, deepseek.ts, openrouter.ts, google.ts, bedrock.ts.
 */
import type { ErrorTranslations } from '../types.ts';

export const TRANSLATIONS: ErrorTranslations = {
  // --- entries/openai.ts ---
  'openai/invalid-api-key': {
    title: 'Clé d\'API incorrecte',
    explanation: 'OpenAI ne reconnaît pas la clé de l\'en-tête Authorization : elle est mal saisie, contient des espaces ou des guillemets parasites, a été révoquée ou appartient à un autre service. Une clé émise par un relais ou une passerelle échoue aussi de cette façon quand l\'URL de base pointe encore vers api.openai.com.',
    fix: [
      'Vérifiez la clé que le programme envoie réellement (affichez ses premiers et derniers caractères), sans guillemets, espaces ni retour à la ligne final.',
      'Si la clé vient d\'un relais ou d\'un autre fournisseur, faites pointer l\'URL de base vers ce service au lieu d\'api.openai.com.',
      'Sinon, créez une nouvelle clé sur https://platform.openai.com/api-keys et remplacez l\'ancienne partout où elle est mise en cache.',
    ],
  },
  'openai/missing-api-key': {
    title: 'Aucune clé d\'API envoyée',
    explanation: 'La requête est arrivée chez OpenAI sans en-tête Authorization, ou avec un en-tête qui n\'a pas la forme "Bearer <key>". En général, la variable d\'environnement qui contient la clé est vide dans le processus qui a fait l\'appel.',
    fix: [
      'Envoyez l\'en-tête `Authorization: Bearer <your key>` (vérifiez que la variable dont il provient est définie là où le code s\'exécute).',
      'Dans les fichiers .http, vérifiez que la variable utilisée pour la clé est définie dans l\'environnement actif.',
    ],
  },
  'openai/no-organization': {
    title: 'Le compte n\'appartient à aucune organisation',
    explanation: 'La clé appartient à un utilisateur qui ne fait plus partie d\'aucune organisation OpenAI (il l\'a quittée ou en a été retiré, ou l\'organisation a été supprimée) : il n\'y a donc personne à qui facturer la requête.',
    fix: [
      'Demandez à un propriétaire de l\'organisation d\'inviter à nouveau le compte, ou créez une nouvelle organisation.',
      'Créez ensuite une nouvelle clé d\'API dans cette organisation et utilisez-la.',
    ],
  },
  'openai/mismatched-organization': {
    title: 'L\'en-tête d\'organisation ne correspond pas à la clé',
    explanation: 'La requête contient un en-tête OpenAI-Organization (souvent issu d\'une variable OPENAI_ORG_ID / OPENAI_ORGANIZATION) qui désigne une organisation à laquelle la clé d\'API n\'appartient pas. Les clés de projet et de compte de service sont liées à une seule organisation.',
    fix: [
      'Supprimez l\'en-tête OpenAI-Organization (ou la variable OPENAI_ORGANIZATION) si vous n\'appartenez qu\'à une seule organisation.',
      'Sinon, donnez-lui l\'identifiant d\'organisation affiché à côté de la clé dans le tableau de bord OpenAI.',
    ],
  },
  'openai/project-no-model-access': {
    title: 'Le projet n\'a pas accès à ce modèle',
    explanation: 'L\'identifiant de modèle est valide, mais le projet OpenAI auquel appartient la clé n\'a pas le droit de l\'utiliser : le projet a une liste de modèles autorisés (page Limits), le modèle exige un niveau d\'utilisation supérieur ou une vérification, ou il n\'a pas été activé pour l\'organisation.',
    fix: [
      'Dans le tableau de bord OpenAI, ouvrez le projet, puis Limits, et autorisez le modèle pour ce projet.',
      'Si le modèle exige un niveau d\'utilisation ou la vérification de l\'organisation, effectuez-la, ou choisissez un modèle accessible au projet (GET /v1/models les liste).',
    ],
  },
  'openai/unsupported-region': {
    title: 'Pays, région ou territoire non pris en charge',
    explanation: 'OpenAI refuse les requêtes provenant de l\'emplacement réseau de l\'appelant. C\'est l\'IP de sortie qui compte : un serveur, un proxy, un nœud CDN ou un relais situé dans une région non prise en charge déclenche l\'erreur même si le compte lui-même est en règle.',
    fix: [
      'Envoyez la requête depuis une région prise en charge (déplacez le serveur ou son proxy de sortie).',
      'Si l\'appel passe par un relais ou une fonction cloud, vérifiez où se trouve cette machine.',
    ],
  },
  'openai/service-tier-not-allowed': {
    title: 'Niveau de service non autorisé pour ce projet',
    explanation: 'La requête demande un service_tier (par exemple "priority" ou "flex") que ce projet n\'a pas le droit d\'utiliser, ou que le modèle ne propose pas.',
    fix: [
      'Supprimez `service_tier` ou mettez-le à "auto" / "default".',
      'Si vous avez besoin de ce niveau, vérifiez dans le tableau de bord que le projet et le modèle y sont éligibles.',
    ],
  },
  'openai/model-not-found': {
    title: 'Le modèle n\'existe pas (ou ne vous est pas accessible)',
    explanation: 'OpenAI ne sert pas l\'identifiant de modèle de la requête pour cette clé : faute de frappe, modèle retiré, nom propre à un autre fournisseur ou à une passerelle (comme "openai/gpt-4o" ou "claude-..."), ou modèle que le niveau de votre compte ne permet pas encore d\'utiliser.',
    fix: [
      'Comparez la valeur de `model` avec la liste renvoyée par GET https://api.openai.com/v1/models (les identifiants sont exacts et sensibles à la casse).',
      'Retirez tout préfixe de passerelle et les espaces finaux ; remplacez les modèles retirés par un modèle actuel.',
      'Si l\'identifiant est correct, vérifiez l\'accès au modèle sur la page Limits du projet.',
    ],
  },
  'openai/responses-only-model': {
    title: 'Modèle disponible uniquement avec l\'API Responses',
    explanation: 'Le modèle (par exemple o1-pro, gpt-5-pro ou un modèle codex) n\'est servi que sur /v1/responses, et la requête a été envoyée à /v1/chat/completions.',
    fix: [
      'Envoyez la requête à POST /v1/responses : `messages` devient `input`, `max_completion_tokens` devient `max_output_tokens`, `response_format` passe dans `text.format`.',
      'Ou choisissez un modèle qui prend en charge Chat Completions.',
    ],
  },
  'openai/not-a-chat-model': {
    title: 'Ce n\'est pas un modèle de chat',
    explanation: 'Le modèle est un modèle de complétion, d\'embedding ou autre, pas un modèle de chat : /v1/chat/completions ne peut donc pas le servir.',
    fix: [
      'Utilisez un modèle de chat pour /v1/chat/completions, ou appelez l\'endpoint prévu pour ce modèle (par exemple /v1/completions ou /v1/embeddings).',
    ],
  },
  'openai/unsupported-parameter': {
    title: 'Paramètre non pris en charge par ce modèle',
    explanation: 'Le paramètre existe dans l\'API, mais le modèle choisi le refuse. Cas typique : les modèles de raisonnement et ceux de la classe GPT-5 prennent `max_completion_tokens` au lieu de `max_tokens`, et certains refusent les paramètres d\'échantillonnage comme top_p, logprobs ou les pénalités.',
    fix: [
      'Faites ce que dit le message : renommez `max_tokens` en `max_completion_tokens`, ou supprimez le paramètre qu\'il nomme.',
      'Si un même chemin de code sert plusieurs modèles, n\'envoyez ce paramètre qu\'aux modèles qui l\'acceptent.',
    ],
  },
  'openai/unsupported-value': {
    title: 'Valeur non prise en charge par ce modèle',
    explanation: 'Le paramètre est accepté, mais pas avec cette valeur sur ce modèle : les modèles de raisonnement n\'acceptent que la température par défaut (1), certains refusent le rôle "system" ou certains niveaux de reasoning_effort.',
    fix: [
      'Supprimez le paramètre (pour temperature/top_p sur les modèles de raisonnement) ou utilisez l\'une des valeurs listées dans le message.',
      'Pour le rôle "system" sur les anciens modèles de raisonnement, utilisez "developer" ou déplacez les instructions dans le premier message utilisateur.',
    ],
  },
  'openai/unknown-parameter': {
    title: 'Paramètre inconnu',
    explanation: 'Le corps contient un champ totalement inconnu de cet endpoint, souvent une option d\'un autre fournisseur (enable_thinking, top_k, thinking), une clé "extra_body" littérale, ou un champ de Chat Completions envoyé à l\'API Responses.',
    fix: [
      'Supprimez le champ nommé dans le message, ou renommez-le en son équivalent OpenAI.',
      'Les options destinées à un autre fournisseur n\'ont leur place que dans les requêtes envoyées à ce fournisseur.',
    ],
  },
  'openai/missing-required-parameter': {
    title: 'Paramètre obligatoire manquant',
    explanation: 'Un champ exigé par l\'endpoint est absent : model ou messages/input au premier niveau, le type d\'une partie de contenu, ou le tool_call_id d\'un message d\'outil. Le param du message indique l\'endroit exact.',
    fix: [
      'Ajoutez le champ nommé dans le message au chemin indiqué (par exemple messages[2].content[0].type).',
    ],
  },
  'openai/invalid-type': {
    title: 'Le paramètre n\'a pas le bon type JSON',
    explanation: 'Un paramètre a un type JSON que l\'API n\'accepte pas à cet endroit, par exemple un nombre envoyé sous forme de chaîne ("max_tokens": "1024") ou un objet là où un tableau est attendu.',
    fix: [
      'Envoyez la valeur avec le type indiqué dans le message (nombres sans guillemets, tableaux entre [ ]).',
    ],
  },
  'openai/empty-array': {
    title: 'Tableau vide',
    explanation: 'Un tableau qui doit contenir au moins un élément a été envoyé vide : en général `messages`, `tools` ou les `tool_calls` d\'un message assistant.',
    fix: [
      'Mettez au moins un élément dans le tableau, ou omettez complètement le champ (pour tools et tool_calls).',
    ],
  },
  'openai/number-out-of-range': {
    title: 'Nombre hors de la plage autorisée',
    explanation: 'Un paramètre numérique est inférieur à son minimum ou supérieur à son maximum (temperature 0..2, top_p 0..1, n >= 1, top_logprobs <= 20, ...). Pour max_tokens, le maximum est la limite de sortie du modèle lui-même.',
    fix: [
      'Utilisez une valeur comprise dans la plage indiquée par le message ("Expected a value <= 2").',
    ],
  },
  'openai/string-too-long': {
    title: 'Une chaîne est trop longue',
    explanation: 'Une chaîne du corps dépasse la longueur que l\'API autorise pour ce champ (10 485 760 caractères pour le contenu d\'un message ; beaucoup moins pour les noms, identifiants et métadonnées), indépendamment de la fenêtre de contexte du modèle.',
    fix: [
      'Raccourcissez le champ nommé dans le message, ou répartissez le texte sur plusieurs messages ou fichiers.',
      'Les gros documents ont leur place dans l\'API Files ou dans une étape de récupération (retrieval), pas dans une seule chaîne.',
    ],
  },
  'openai/invalid-value': {
    title: 'Valeur hors des valeurs acceptées',
    explanation: 'Le paramètre n\'accepte qu\'un ensemble fixe de valeurs (un rôle, un niveau de raisonnement, un type de partie de contenu, un format de réponse) et la requête en a utilisé une autre.',
    fix: [
      'Utilisez l\'une des valeurs listées après "Supported values are:".',
    ],
  },
  'openai/tool-choice-without-tools': {
    title: 'tool_choice sans tools',
    explanation: 'La requête définit `tool_choice` mais aucun `tools` (ou une liste vide) : il n\'y a donc rien à choisir.',
    fix: [
      'Supprimez `tool_choice` quand la requête n\'a pas d\'outils, ou ajoutez les outils auxquels il fait référence.',
    ],
  },
  'openai/context-length-exceeded': {
    title: 'Prompt plus long que la fenêtre de contexte',
    explanation: 'La conversation (plus, sur Chat Completions, le max_tokens demandé) ne tient pas dans la fenêtre de contexte du modèle. Cette requête atteint {tokens} tokens pour une fenêtre de {limit}. Réessayer la même requête échoue toujours.',
    fix: [
      'Raccourcissez l\'entrée : supprimez ou résumez les anciens échanges, réduisez les longs résultats d\'outils et documents.',
      'Baissez max_tokens / max_completion_tokens pour que le prompt et la sortie tiennent ensemble.',
      'Ou passez à un modèle doté d\'une fenêtre de contexte plus grande.',
    ],
  },
  'openai/max-tokens-too-large': {
    title: 'max_tokens au-delà de la limite de sortie du modèle',
    explanation: 'La longueur de sortie demandée dépasse le maximum que ce modèle peut générer en une réponse, quelle que soit la brièveté du prompt. La requête demande {maxTokens} tokens ; le modèle en autorise au plus {limit}.',
    fix: [
      'Réglez max_tokens (ou max_completion_tokens) à une valeur inférieure ou égale à la limite indiquée dans le message.',
    ],
  },
  'openai/json-word-required': {
    title: 'Le mode JSON exige le mot "json" dans les messages',
    explanation: 'Avec response_format {"type": "json_object"} (ou text.format json_object sur Responses), l\'API exige qu\'un message mentionne JSON, afin que le modèle soit invité à en produire. Sur Responses, le champ instructions seul ne compte pas.',
    fix: [
      'Ajoutez une consigne comme « Réponds en JSON. » au message système ou utilisateur, ou utilisez plutôt un format json_schema.',
    ],
  },
  'openai/tool-calls-unanswered': {
    title: 'Appel d\'outil sans résultat d\'outil',
    explanation: 'Un message assistant a demandé des appels d\'outils, mais les messages suivants ne répondent pas à chaque tool_call_id (sur Responses : un élément function_call n\'a pas de function_call_output). Cela arrive quand un résultat d\'outil est supprimé, déplacé ou tronqué dans l\'historique.',
    fix: [
      'Après chaque message assistant contenant des tool_calls, ajoutez un message de rôle "tool" par appel avec le tool_call_id correspondant, avant tout autre message.',
      'Si un outil a échoué, envoyez quand même un message d\'outil avec un texte d\'erreur au lieu de l\'omettre.',
    ],
  },
  'openai/tool-result-unmatched': {
    title: 'Résultat d\'outil sans appel d\'outil correspondant',
    explanation: 'Un message de rôle "tool" (ou un élément function_call_output) répond à un appel que le message assistant juste avant n\'a pas fait : le tour de l\'assistant a été supprimé, les identifiants ne correspondent pas, ou quelque chose a été inséré entre les deux.',
    fix: [
      'Placez chaque message d\'outil juste après le message assistant dont il répond aux tool_calls, avec le même tool_call_id.',
      'Quand vous élaguez l\'historique, supprimez ensemble un appel d\'outil de l\'assistant et ses résultats.',
    ],
  },
  'openai/safety-system-rejected': {
    title: 'Rejeté par le système de sécurité',
    explanation: 'La modération d\'OpenAI a jugé que le prompt (le plus souvent un prompt de génération d\'image) enfreint les politiques d\'utilisation (code content_policy_violation ou moderation_blocked). Renvoyer le même prompt donne la même réponse.',
    fix: [
      'Reformulez le prompt pour en retirer le contenu signalé ; pour les images, évitez les personnes réelles, la violence et le contenu sexuel.',
      'Si de nombreux prompts sont signalés, vérifiez-les d\'abord avec l\'endpoint de modération gratuit.',
    ],
  },
  'openai/invalid-prompt-flagged': {
    title: 'Prompt signalé par la politique d\'utilisation',
    explanation: 'Les modèles de raisonnement analysent l\'intégralité du prompt (code invalid_prompt), et celui-ci a été signalé comme enfreignant peut-être les politiques d\'utilisation. Il peut s\'agir d\'un faux positif causé par des mots dans une sortie d\'outil ou un texte cité ; le même historique continue d\'échouer.',
    fix: [
      'Trouvez la partie de la conversation qui semble nuisible et reformulez-la ou supprimez-la (sécurité, armes, automutilation sont des déclencheurs fréquents).',
      'Démarrez une nouvelle conversation si le texte signalé est loin dans l\'historique.',
    ],
  },
  'openai/billing-limit': {
    title: 'Crédits ou plafond de dépenses épuisés',
    explanation: 'Ce 429 est un arrêt de facturation, pas une limitation de débit (type insufficient_quota ; le code précise lequel) : le solde de crédits prépayés est vide, ou l\'organisation ou le projet a atteint le plafond de dépenses ou d\'utilisation défini dans le tableau de bord. Attendre quelques secondes n\'y change rien.',
    fix: [
      'Ajoutez des crédits dans Settings > Billing, ou relevez le plafond de dépenses de l\'organisation/du projet.',
      'Si le plafond est mensuel, les requêtes reprennent après sa réinitialisation.',
    ],
  },
  'openai/billing-not-active': {
    title: 'Facturation inactive',
    explanation: 'La clé est valide, mais le compte ou l\'organisation n\'a pas de facturation active (aucun moyen de paiement, un paiement échoué, ou des crédits prépayés jamais achetés) : OpenAI refuse donc les requêtes avec un 429 (code billing_not_active). Réessayer n\'y change rien.',
    fix: [
      'Ajoutez un moyen de paiement ou achetez des crédits sur https://platform.openai.com/settings/organization/billing.',
      'Si la facturation semble correcte, vérifiez que la clé appartient bien à l\'organisation qui paie.',
    ],
  },
  'openai/insufficient-quota': {
    title: 'Quota dépassé (plus de crédits)',
    explanation: 'Malgré le statut 429, ce n\'est pas une limite de débit : le compte n\'a plus de crédits ou a atteint son plafond de dépenses (type insufficient_quota). Réessayer, même bien plus tard, échoue tant que la facturation n\'est pas réglée. Les nouveaux comptes sans moyen de paiement l\'obtiennent dès le premier appel.',
    fix: [
      'Vérifiez le solde et les plafonds sur https://platform.openai.com/settings/organization/billing et ajoutez des crédits.',
      'Assurez-vous que la clé appartient à l\'organisation et au projet qui disposent des crédits.',
    ],
  },
  'openai/billing-hard-limit': {
    title: 'Plafond de facturation strict atteint',
    explanation: 'L\'organisation a atteint le plafond de dépenses strict (hard limit) configuré dans la facturation (code billing_hard_limit_reached, surtout vu en génération d\'images). Plus rien n\'est traité tant que le plafond n\'est pas relevé ou réinitialisé.',
    fix: [
      'Relevez le plafond strict (ou ajoutez des crédits) dans les paramètres de facturation, ou attendez la période de facturation suivante.',
    ],
  },
  'openai/request-too-large': {
    title: 'Requête plus grosse que toute la limite de tokens par minute',
    explanation: 'Ce 429 indique qu\'une seule requête nécessite à elle seule plus de tokens que ce que l\'organisation peut utiliser par minute (TPM) pour ce modèle. Contrairement à une limite de débit ordinaire, attendre n\'y change rien : la même requête sera toujours trop grosse pour le niveau actuel. Celle-ci nécessite {requested} tokens pour une limite de {limit}.',
    fix: [
      'Réduisez la requête (historique plus court, documents plus petits, max_tokens plus bas) sous la limite TPM indiquée dans le message.',
      'Ou passez à un niveau d\'utilisation supérieur, dont la limite TPM est plus élevée.',
    ],
  },
  'openai/rate-limit-exceeded': {
    title: 'Limite de débit atteinte',
    explanation: 'L\'organisation a envoyé plus de requêtes (RPM) ou de tokens (TPM) par minute pour ce modèle que son niveau d\'utilisation ne le permet. Le message indique quelle limite et combien de temps attendre ; les en-têtes de réponse x-ratelimit-* montrent ce qui reste. Ici, la limite est de {limit}, {used} ont été utilisés et cette requête en demandait {requested}. OpenAI demande d\'attendre {wait}.',
    fix: [
      'Attendez le délai indiqué dans "Please try again in ..." (ou dans les en-têtes retry-after / x-ratelimit-reset-*) puis réessayez, avec un backoff exponentiel.',
      'Envoyez moins de requêtes à la fois, ou des requêtes plus petites (limitez la concurrence, traitez les lots avec la Batch API).',
      'Pour une augmentation durable, passez à un niveau d\'utilisation supérieur.',
    ],
  },
  'openai/slow-down': {
    title: 'Ralentissez : le trafic a augmenté trop vite',
    explanation: 'Votre débit de requêtes a augmenté plus vite qu\'OpenAI ne peut l\'absorber, même s\'il reste dans vos limites RPM/TPM (429, ou 503 sur les anciens endpoints, avec le code slow_down). Cela se résorbe quand le débit reste stable. La réponse demande d\'attendre {wait}.',
    fix: [
      'Ralentissez (respectez retry-after), revenez au débit de requêtes précédent et maintenez-le stable pendant environ 15 minutes.',
      'Augmentez ensuite le trafic progressivement plutôt que d\'un seul coup.',
    ],
  },
  'openai/server-error': {
    title: 'Erreur serveur OpenAI',
    explanation: 'Une erreur interne côté OpenAI pendant le traitement de cette requête (HTTP 500, type server_error). Elle est généralement passagère et n\'est pas causée par le contenu envoyé.',
    fix: [
      'Réessayez après une courte attente, avec un backoff exponentiel.',
      'Si l\'erreur se répète avec la même requête, consultez https://status.openai.com et signalez-la avec l\'identifiant de requête indiqué dans le message.',
    ],
  },
  'openai/server-overloaded': {
    title: 'OpenAI est surchargé',
    explanation: 'Les serveurs d\'OpenAI (ou ce modèle) n\'ont pas de capacité disponible pour la requête en ce moment (503, code server_is_overloaded ; les anciennes réponses disaient que le moteur était surchargé). La requête n\'est pas en cause. La réponse demande d\'attendre {wait}.',
    fix: [
      'Réessayez après une brève attente, avec un backoff exponentiel et en respectant retry-after.',
      'Si cela persiste, consultez https://status.openai.com ou basculez sur un autre modèle.',
    ],
  },
  // --- entries/azure.ts ---
  'azure/content-filter': {
    title: 'Bloqué par le filtre de contenu Azure',
    explanation: 'Le filtrage de contenu d\'Azure (code innererror ResponsibleAIPolicyViolation) a bloqué le prompt avant l\'exécution du modèle. Le content_filter_result (content_filter_results dans les versions d\'API récentes) indique quelle catégorie s\'est déclenchée : hate, sexual, violence ou self_harm avec un niveau de gravité, ou jailbreak / indirect_attack (Prompt Shields) avec detected: true ; certains déploiements vérifient aussi les contenus protégés, la grossièreté et des listes de blocage personnalisées. Le filtre est propre au déploiement, donc le même texte continue d\'y échouer.',
    fix: [
      'Cherchez dans content_filter_result la catégorie avec "filtered": true et reformulez ou supprimez cette partie du prompt (y compris les anciens échanges et les résultats d\'outils de l\'historique).',
      'Pour un faux positif sur jailbreak (prompts d\'agents, instructions de rôle), associez au déploiement un filtre de contenu personnalisé avec une sensibilité plus basse ou des Prompt Shields ajustés.',
      'Désactiver les filtres ou les passer en "annotate only" nécessite l\'approbation de Microsoft pour le filtrage de contenu modifié.',
    ],
  },
  'azure/deployment-not-found': {
    title: 'Déploiement introuvable',
    explanation: 'Azure route selon le nom du déploiement dans l\'URL (/openai/deployments/<name>/...), pas selon le champ model du corps. Aucun déploiement de ce nom n\'existe sur cette ressource : le nom du modèle a été utilisé à la place du nom du déploiement, le nom contient une faute de frappe, l\'endpoint appartient à une autre ressource, ou le chemin est doublé (/openai/openai/...). Un déploiement créé il y a quelques minutes peut aussi être encore en cours de propagation.',
    fix: [
      'Copiez le nom exact du déploiement depuis Azure AI Foundry > Deployments et utilisez-le dans l\'URL (ou comme paramètre model/deployment du SDK).',
      'Vérifiez que l\'hôte de l\'endpoint est bien la ressource qui possède ce déploiement et que le chemin n\'est pas doublé.',
      'Si vous venez de créer le déploiement, attendez environ cinq minutes et réessayez.',
    ],
  },
  'azure/unrecognized-argument': {
    title: 'Paramètre inconnu de cette api-version',
    explanation: 'Azure valide le corps par rapport à l\'api-version de la query string. Le champ nommé n\'est soit pas du tout un paramètre Azure OpenAI (enable_thinking, thinking, une clé extra_body littérale), soit plus récent que cette api-version (max_completion_tokens, reasoning_effort sur les anciennes versions).',
    fix: [
      'Supprimez le champ, ou renommez-le en son équivalent Azure OpenAI.',
      'S\'il s\'agit d\'un paramètre OpenAI plus récent, passez à une api-version qui le prend en charge (ou utilisez l\'endpoint /openai/v1).',
    ],
  },
  'azure/api-version-not-supported': {
    title: 'api-version non prise en charge sur ce chemin',
    explanation: 'Le paramètre de requête api-version ne fait pas partie de ceux qu\'accepte cet endpoint. Cas courant : les endpoints /openai/v1/ ne prennent pas de version datée (ou seulement "preview"), alors que les anciens chemins /openai/deployments/... en exigent une ; les endpoints de modèles Azure AI Foundry ont leurs propres versions.',
    fix: [
      'Pour /openai/v1/..., supprimez api-version ou mettez-la à "preview" ; pour /openai/deployments/..., utilisez une version GA datée actuelle.',
      'Consultez la liste des versions sur la page du cycle de vie des versions de l\'API Azure OpenAI.',
    ],
  },
  'azure/resource-not-found': {
    title: 'Ressource introuvable (mauvaise URL ou api-version)',
    explanation: 'Azure n\'a trouvé aucune opération à cette URL : le paramètre de requête api-version est absent ou désigne une version sans cette opération (l\'API Responses exige une version récente ou preview), le chemin est faux (un /v1 ou /openai en trop, une barre oblique finale), ou l\'endpoint n\'est pas le bon type de ressource.',
    fix: [
      'Vérifiez que l\'URL a la forme https://<resource>.openai.azure.com/openai/deployments/<deployment>/chat/completions?api-version=<version>.',
      'Ajoutez ou mettez à jour api-version (dans un YAML/.env, mettez-la entre guillemets pour que 2024-10-21 reste une chaîne).',
      'Pour l\'API Responses ou d\'autres opérations récentes, utilisez une version qui les inclut.',
    ],
  },
  'azure/access-denied-key-or-endpoint': {
    title: 'Clé invalide ou mauvais endpoint',
    explanation: 'L\'api-key n\'appartient pas à la ressource visée par l\'endpoint : clé d\'une autre ressource ou région Azure, clé OpenAI (sk-...) envoyée à Azure, clé régénérée, ou endpoint régional qui ne correspond pas à la ressource.',
    fix: [
      'Prenez Key 1 ou Key 2 et l\'Endpoint de la même ressource (portail Azure > ressource > Keys and Endpoint) et utilisez-les ensemble.',
      'Envoyez la clé dans l\'en-tête `api-key` (ou utilisez Microsoft Entra ID avec le rôle Cognitive Services OpenAI User).',
    ],
  },
  'azure/network-firewall': {
    title: 'Bloqué par les règles réseau de la ressource',
    explanation: 'La ressource n\'accepte que le trafic provenant de réseaux virtuels, de points de terminaison privés ou de plages d\'IP sélectionnés, et cette requête venait d\'ailleurs.',
    fix: [
      'Appelez depuis un réseau autorisé (ou via le point de terminaison privé), ou ajoutez l\'IP publique de l\'appelant dans Networking > Firewalls and virtual networks.',
    ],
  },
  'azure/daily-quota': {
    title: 'Quota journalier ou nul (réessayer dans 86400 secondes)',
    explanation: 'Un 429 qui demande d\'attendre une journée entière n\'est pas une limitation de débit ordinaire : l\'abonnement (souvent un essai gratuit ou un nouvel abonnement) n\'a aucun quota ou seulement un quota journalier pour ce modèle, donc chaque appel est refusé jusqu\'à la réinitialisation du quota.',
    fix: [
      'Passez d\'un essai gratuit au paiement à l\'utilisation (pay-as-you-go), ou demandez une augmentation de quota (https://aka.ms/oai/quotaincrease).',
      'Ou attribuez plus de TPM au déploiement dans Azure AI Foundry > Quotas s\'il en reste sur l\'abonnement.',
    ],
  },
  'azure/rate-limit': {
    title: 'Limite de débit du déploiement atteinte',
    explanation: 'Le déploiement a épuisé son allocation de tokens par minute (ou de requêtes par minute). Azure indique combien de temps attendre dans le message et dans les en-têtes retry-after / retry-after-ms. Ici, il demande d\'attendre {wait}.',
    fix: [
      'Attendez le nombre de secondes indiqué dans "Please retry after N seconds" (ou retry-after-ms) et réessayez avec un backoff.',
      'Augmentez le TPM du déploiement dans Azure AI Foundry, répartissez la charge sur plusieurs déploiements ou régions, ou utilisez un déploiement global/data zone.',
    ],
  },
  'azure/high-demand': {
    title: 'Capacité Azure insuffisante (forte demande)',
    explanation: 'Un déploiement standard (paiement à l\'utilisation) partage sa capacité avec d\'autres clients, et lors des pics de charge Azure refuse les requêtes au-delà d\'une certaine taille même si votre propre quota n\'est pas épuisé. Azure demande d\'attendre {wait}.',
    fix: [
      'Réessayez après le délai suggéré avec un backoff ; les petites requêtes passent plus facilement pendant les pics.',
      'Pour une capacité stable, utilisez le Provisioned Throughput ou répartissez le trafic sur des déploiements dans d\'autres régions.',
    ],
  },
  'azure/operation-not-supported': {
    title: 'Cette opération ne fonctionne pas avec le modèle déployé',
    explanation: 'Le modèle du déploiement ne prend pas en charge l\'opération de l\'URL (code OperationNotSupported) : chat completions sur un modèle réservé à Responses comme gpt-5-pro ou codex, embeddings sur un modèle de chat, completions historiques sur une version de modèle uniquement chat, génération d\'images sur un modèle de texte.',
    fix: [
      'Appelez l\'opération que le modèle prend en charge (pour les modèles réservés à Responses, POST /openai/v1/responses).',
      'Ou dirigez la requête vers un déploiement dont le modèle prend en charge cette opération.',
    ],
  },
  'azure/server-error': {
    title: 'Erreur serveur Azure OpenAI',
    explanation: 'Une erreur interne du service Azure OpenAI pendant le traitement de la requête (HTTP 500, type server_error). Elle est généralement passagère.',
    fix: [
      'Réessayez après une courte attente, avec un backoff exponentiel.',
      'Si cela persiste, consultez l\'état d\'Azure pour la région et ouvrez une demande de support avec l\'identifiant de requête (apim-request-id).',
    ],
  },
  // --- entries/deepseek.ts ---
  'deepseek/reasoning-content-missing': {
    title: 'reasoning_content manquant dans un tour avec appel d\'outil',
    explanation: 'En mode thinking, un message assistant qui a fait des appels d\'outils doit être renvoyé avec le reasoning_content que DeepSeek a retourné pour lui. L\'historique de cette requête l\'a perdu (les clients et SDK qui ne conservent que `content` font cela), donc l\'API rejette la conversation.',
    fix: [
      'Conservez le `reasoning_content` de chaque message assistant qui contient des tool_calls et renvoyez-le tel quel dans les requêtes suivantes.',
      'Si le client ne peut pas le conserver, désactivez le mode thinking pour les conversations qui utilisent des outils.',
    ],
  },
  'deepseek/max-tokens-out-of-range': {
    title: 'max_tokens hors de la plage autorisée',
    explanation: 'Le max_tokens demandé dépasse la limite de sortie du modèle (le message donne la plage valide, par exemple [1, 8192]) ou n\'est pas positif.',
    fix: [
      'Réglez max_tokens dans la plage indiquée par le message, ou omettez-le pour utiliser la valeur par défaut.',
    ],
  },
  'deepseek/model-not-exist': {
    title: 'Le modèle n\'existe pas',
    explanation: 'DeepSeek ne sert pas l\'identifiant de modèle de la requête. Ses identifiants d\'API diffèrent des noms commerciaux et de ceux des passerelles : "deepseek-r1" ou "deepseek/deepseek-chat" ne sont pas valides sur api.deepseek.com.',
    fix: [
      'Utilisez un identifiant de modèle renvoyé par GET https://api.deepseek.com/models (par exemple deepseek-chat ou deepseek-reasoner).',
      'Retirez les préfixes de passerelle comme "deepseek/".',
    ],
  },
  'deepseek/content-exists-risk': {
    title: 'Bloqué par la modération de contenu de DeepSeek',
    explanation: 'Le contrôle de sécurité du contenu de DeepSeek a refusé l\'entrée (les sujets politiquement sensibles sont un déclencheur fréquent, avec de nombreux faux positifs sur des actualités ou documents ordinaires). Le texte signalé reste dans la conversation, donc les nouvelles tentatives avec le même historique continuent d\'échouer.',
    fix: [
      'Trouvez la partie de l\'entrée qui le déclenche (long texte extrait du web, actualités, noms d\'institutions) et supprimez-la ou reformulez-la.',
      'Découpez les gros lots pour qu\'un élément signalé ne bloque pas les autres, ou envoyez ce contenu à un autre fournisseur.',
    ],
  },
  'deepseek/json-word-required': {
    title: 'Le mode JSON exige le mot "json" dans le prompt',
    explanation: 'Avec response_format {"type": "json_object"}, DeepSeek exige que le prompt mentionne JSON (et idéalement montre le format attendu), afin que le modèle sache qu\'il doit en produire.',
    fix: [
      'Ajoutez au message système ou utilisateur une consigne comme « Réponds en JSON », avec un exemple de l\'objet attendu.',
    ],
  },
  'deepseek/response-format-unavailable': {
    title: 'Type de response_format non disponible',
    explanation: 'DeepSeek ne prend en charge que {"type": "json_object"} (et le texte brut) ; un format de réponse json_schema, tel qu\'envoyé par les outils de sortie structurée, est refusé.',
    fix: [
      'Utilisez {"type": "json_object"} et décrivez le schéma dans le prompt, puis validez vous-même la réponse.',
      'Ou obtenez une sortie structurée via un appel d\'outil (function) à la place.',
    ],
  },
  'deepseek/tool-calls-unanswered': {
    title: 'Appel d\'outil sans résultat d\'outil',
    explanation: 'Un message assistant avec des tool_calls n\'est pas suivi d\'un message d\'outil par appel ; certains résultats ont été supprimés ou placés après un autre message.',
    fix: [
      'Juste après le message assistant, ajoutez un message de rôle "tool" pour chaque tool_call_id, avant tout message user ou assistant.',
    ],
  },
  'deepseek/context-length-exceeded': {
    title: 'Prompt plus long que la fenêtre de contexte',
    explanation: 'Les messages plus la complétion demandée dépassent la longueur de contexte du modèle. Cette requête demandait {tokens} tokens pour {limit}. La même requête échoue toujours.',
    fix: [
      'Raccourcissez l\'historique ou les documents, ou résumez les anciens échanges.',
      'Baissez max_tokens pour que le prompt et la complétion tiennent ensemble.',
    ],
  },
  'deepseek/deserialize-failed': {
    title: 'Le corps ne correspond pas au format de requête de DeepSeek',
    explanation: 'DeepSeek n\'a pas pu lire le corps dans sa structure de requête ; le message nomme le champ. Causes fréquentes : contenu fourni sous forme de tableau de parties (images, ou parties texte que les anciens endpoints n\'acceptent pas), rôle inconnu comme "developer", response_format de forme incorrecte, ou objet message sans role/content.',
    fix: [
      'Allez au champ indiqué dans le message (par exemple messages[1]) et transformez-le en message simple de style OpenAI : {"role": "system|user|assistant|tool", "content": "text"}.',
      'Supprimez les parties image (les modèles de chat DeepSeek n\'acceptent que du texte) et utilisez "system" au lieu de "developer".',
    ],
  },
  'deepseek/authentication-fails': {
    title: 'Échec de l\'authentification (mauvaise clé d\'API)',
    explanation: 'DeepSeek a rejeté la clé d\'API : mal saisie, supprimée, valeur factice laissée dans la configuration (le message montre ses derniers caractères), clé d\'un autre fournisseur, ou en-tête qui n\'est pas "Authorization: Bearer sk-...". "(no such user)" signifie que la clé n\'appartient à aucun compte.',
    fix: [
      'Comparez les derniers caractères du message avec votre vraie clé ; définissez la clé sans guillemets ni espaces.',
      'Créez une nouvelle clé sur https://platform.deepseek.com/api_keys si nécessaire.',
    ],
  },
  'deepseek/insufficient-balance': {
    title: 'Solde insuffisant (402)',
    explanation: 'Le solde du compte DeepSeek est épuisé. DeepSeek fonctionne en prépayé, donc chaque requête échoue tant que le compte n\'est pas rechargé ; une clé correcte n\'y change rien.',
    fix: [
      'Vérifiez le solde sur https://platform.deepseek.com et rechargez le compte (ou utilisez la clé d\'un compte qui a du solde).',
    ],
  },
  'deepseek/invalid-format': {
    title: 'Format invalide (400)',
    explanation: 'DeepSeek n\'a pas pu accepter le corps de la requête tel qu\'envoyé ; le message indique ce qui ne va pas.',
    fix: [
      'Modifiez le corps selon l\'indication du message.',
      'Comparez-le avec la référence de l\'API DeepSeek (https://api-docs.deepseek.com/api/create-chat-completion).',
    ],
  },
  'deepseek/invalid-parameters': {
    title: 'Paramètres invalides (422)',
    explanation: 'La requête contient un paramètre que DeepSeek n\'accepte pas, ou une valeur d\'un type ou d\'une plage incorrects ; le message le nomme.',
    fix: [
      'Corrigez le paramètre nommé dans le message en suivant la référence de l\'API DeepSeek.',
    ],
  },
  'deepseek/rate-limit': {
    title: 'Limite de débit atteinte (429)',
    explanation: 'Le compte envoie des requêtes trop vite, ou a trop de requêtes en cours en même temps (DeepSeek limite la concurrence par compte, toutes clés confondues). La réponse demande d\'attendre {wait}.',
    fix: [
      'Attendez quelques secondes et réessayez avec un backoff.',
      'Réduisez les requêtes parallèles (plusieurs processus ou agents partageant un même compte s\'additionnent).',
    ],
  },
  'deepseek/server-error': {
    title: 'Erreur serveur DeepSeek (500)',
    explanation: 'Le serveur de DeepSeek a rencontré un problème interne pendant le traitement de la requête. Le contenu envoyé n\'est pas en cause.',
    fix: [
      'Réessayez après une brève attente.',
      'Si cela persiste, consultez https://status.deepseek.com et contactez DeepSeek avec le x-ds-trace-id de la réponse.',
    ],
  },
  'deepseek/server-overloaded': {
    title: 'Serveurs DeepSeek surchargés (503)',
    explanation: 'Les serveurs de DeepSeek sont surchargés par un trafic élevé et ont refusé la requête pour l\'instant.',
    fix: [
      'Réessayez après une brève attente avec un backoff ; consultez https://status.deepseek.com si cela dure.',
    ],
  },
  // --- entries/openrouter.ts ---
  'openrouter/moderation-flagged': {
    title: 'Entrée signalée par la modération',
    explanation: 'Le modèle choisi est servi par un fournisseur qui exige une modération, et le contrôle de modération a signalé l\'entrée (HTTP 403). error.metadata.reasons liste les catégories (par exemple "violence" ou "self-harm/intent"), metadata.flagged_input montre le texte signalé (jusqu\'à 100 caractères), metadata.provider_name indique de qui venait la modération. Aucun crédit n\'est facturé, et la même entrée continue d\'échouer.',
    fix: [
      'Reformulez ou supprimez le texte affiché dans metadata.flagged_input (il peut se trouver dans un ancien échange ou dans un résultat d\'outil).',
      'Ou choisissez un modèle ou un fournisseur qui n\'exige pas de modération (par exemple le même modèle via un autre fournisseur, ou votre propre clé).',
    ],
  },
  'openrouter/guardrail-blocked': {
    title: 'Bloqué par un garde-fou OpenRouter',
    explanation: 'Un garde-fou (guardrail) configuré sur la clé d\'API, l\'espace de travail ou l\'organisation (filtre de contenu, détecteur d\'injection de prompt) a bloqué la requête avant qu\'elle n\'atteigne un fournisseur (HTTP 403). metadata indique ce qui a correspondu.',
    fix: [
      'Supprimez le contenu désigné par le message et metadata (par exemple les motifs détectés).',
      'S\'il s\'agit d\'un faux positif, ajustez le garde-fou dans les paramètres OpenRouter de cette clé.',
    ],
  },
  'openrouter/insufficient-credits': {
    title: 'Pas assez de crédits pour cette requête',
    explanation: 'Avant de générer, OpenRouter vérifie que le solde (ou la limite de crédits de la clé) couvre le pire cas : le prompt plus max_tokens au prix du modèle. Quand la requête n\'envoie pas de max_tokens, c\'est la limite de sortie complète du modèle qui est retenue, si bien que même un prompt court peut échouer avec "You requested up to N tokens, but can only afford M". Un lien vers settings/keys désigne la limite par clé, settings/credits le solde du compte. Cette requête a réservé jusqu\'à {maxTokens} tokens ; le solde en couvre {affordable}.',
    fix: [
      'Réglez max_tokens (ou max_completion_tokens) à une valeur inférieure ou égale au nombre abordable indiqué dans le message.',
      'Ajoutez des crédits sur https://openrouter.ai/settings/credits, ou relevez la limite de la clé sur https://openrouter.ai/settings/keys.',
      'Ou raccourcissez le prompt / choisissez un modèle moins cher.',
    ],
  },
  'openrouter/key-limit-exceeded': {
    title: 'Plafond de dépenses de la clé d\'API atteint',
    explanation: 'La clé d\'API a une limite de crédits (totale, journalière, hebdomadaire ou mensuelle) et elle est épuisée (HTTP 403). Le compte peut encore avoir des crédits ; cette clé ne peut pas les dépenser tant que la limite n\'est pas relevée ou que la période n\'est pas réinitialisée.',
    fix: [
      'Relevez ou supprimez la limite de cette clé sur https://openrouter.ai/settings/keys, ou utilisez une autre clé.',
      'Pour une limite journalière, hebdomadaire ou mensuelle, les requêtes fonctionnent de nouveau après la réinitialisation.',
    ],
  },
  'openrouter/free-models-per-day': {
    title: 'Limite quotidienne de requêtes des modèles gratuits atteinte',
    explanation: 'Les modèles gratuits (":free") ont un nombre de requêtes autorisées par jour pour le compte (plus élevé une fois que le compte a acheté des crédits). Il est épuisé, donc réessayer aujourd\'hui continue d\'échouer avec un 429.',
    fix: [
      'Attendez la réinitialisation quotidienne (l\'en-tête X-RateLimit-Reset indique quand), ou ajoutez des crédits pour débloquer le quota gratuit plus élevé.',
      'Ou utilisez une version payante du modèle.',
    ],
  },
  'openrouter/free-models-per-min': {
    title: 'Limite de débit par minute des modèles gratuits',
    explanation: 'Les modèles gratuits (":free") n\'autorisent que quelques requêtes par minute et par compte, et cette requête a dépassé ce débit.',
    fix: [
      'Attendez que la fenêtre d\'une minute soit passée (respectez Retry-After) et envoyez les requêtes plus lentement.',
    ],
  },
  'openrouter/upstream-rate-limited': {
    title: 'Limite de débit du fournisseur en amont',
    explanation: 'OpenRouter a bien accepté la requête, mais le fournisseur derrière le modèle (metadata.provider_name) l\'a refusée avec un 429 ; metadata.raw contient son message, souvent "... is temporarily rate-limited upstream" pour les modèles gratuits qui partagent un même pool (metadata.limit_source upstream_provider_shared_pool). La réponse demande d\'attendre {wait}.',
    fix: [
      'Réessayez rapidement avec un backoff (respectez Retry-After ou metadata.retry_after_seconds).',
      'Ajoutez votre propre clé pour ce fournisseur (https://openrouter.ai/settings/integrations) afin que vos propres limites s\'appliquent, ou autorisez d\'autres fournisseurs / une variante payante du modèle.',
    ],
  },
  'openrouter/provider-rejected-request': {
    title: 'Le fournisseur en amont a rejeté la requête',
    explanation: 'OpenRouter a transmis la requête et le fournisseur (metadata.provider_name) a répondu 400. La vraie raison se trouve dans metadata.raw : souvent un paramètre ou un format de message que ce fournisseur n\'accepte pas alors qu\'OpenRouter l\'accepte, ou une restriction de localisation ou de compte propre au fournisseur.',
    fix: [
      'Lisez metadata.raw et corrigez ce dont le fournisseur se plaint (c\'est le texte d\'erreur de ce fournisseur lui-même).',
      'Si seul ce fournisseur la rejette, excluez-le via le routage des fournisseurs (provider.ignore) ou imposez un autre fournisseur.',
    ],
  },
  'openrouter/provider-error': {
    title: 'Le fournisseur en amont a échoué',
    explanation: 'Le fournisseur du modèle est en panne ou a renvoyé quelque chose qu\'OpenRouter n\'a pas pu exploiter (HTTP 502). metadata.provider_name indique lequel et metadata.raw ce qu\'il a envoyé ; si le streaming des tokens avait déjà commencé, la même erreur arrive sous forme de chunk SSE avec finish_reason "error" dans une réponse HTTP 200.',
    fix: [
      'Réessayez après une courte attente ; OpenRouter peut router la nouvelle tentative vers un autre fournisseur.',
      'Si un fournisseur échoue systématiquement, excluez-le via le routage des fournisseurs ou autorisez le repli (fallback) vers d\'autres fournisseurs/modèles.',
    ],
  },
  'openrouter/no-allowed-providers': {
    title: 'Aucun fournisseur autorisé ne sert ce modèle',
    explanation: 'Tous les fournisseurs qui servent le modèle sont exclus par vos propres paramètres de routage : les Allowed/Ignored Providers ou la politique de données du compte (https://openrouter.ai/settings/privacy), ou le provider.only / provider.order de la requête. metadata.available_providers et requested_providers montrent l\'incompatibilité.',
    fix: [
      'Autorisez l\'un des metadata.available_providers dans les paramètres du compte, ou retirez le provider.only restrictif de la requête.',
      'Ou choisissez un modèle servi par un fournisseur autorisé.',
    ],
  },
  'openrouter/no-endpoints': {
    title: 'Aucun endpoint ne prend en charge cette requête',
    explanation: 'Aucun fournisseur de ce modèle ne peut traiter la requête telle quelle : aucun ne prend en charge l\'utilisation d\'outils, le tool_choice donné, les entrées image ou vidéo, ou votre politique de données ; ou bien le modèle (souvent une ancienne variante ":free") n\'a plus aucun endpoint.',
    fix: [
      'Retirez la fonctionnalité nommée dans le message (tools, tool_choice, une modalité d\'entrée) ou choisissez un modèle dont les endpoints la prennent en charge.',
      'Pour "No endpoints found for <model>", consultez la page du modèle ; le modèle ou sa variante gratuite a peut-être été retiré.',
      'Pour "matching your data policy", assouplissez les paramètres de confidentialité ou choisissez un autre modèle.',
    ],
  },
  'openrouter/invalid-model-id': {
    title: 'Identifiant de modèle invalide',
    explanation: 'OpenRouter n\'a aucun modèle avec cet identifiant. Ses identifiants sont de la forme "vendor/model" (par exemple "deepseek/deepseek-chat"), et l\'identifiant propre à un fournisseur, une faute de frappe ou un modèle retiré sont refusés.',
    fix: [
      'Copiez l\'identifiant depuis https://openrouter.ai/models (ou GET /api/v1/models), y compris le préfixe de l\'éditeur et un éventuel suffixe ":free".',
    ],
  },
  'openrouter/context-length-exceeded': {
    title: 'Prompt plus long que la fenêtre de contexte',
    explanation: 'Le prompt plus la sortie demandée dépassent la longueur de contexte de l\'endpoint choisi (les fournisseurs d\'un même modèle peuvent différer). La même requête échoue toujours sur cet endpoint. Elle demandait {tokens} tokens pour une fenêtre de {limit}.',
    fix: [
      'Raccourcissez l\'historique ou les documents, ou baissez max_tokens.',
      'Ou routez vers un fournisseur/modèle doté d\'un contexte plus long (la page du modèle indique la longueur de contexte de chaque fournisseur).',
    ],
  },
  'openrouter/invalid-credentials': {
    title: 'Clé OpenRouter invalide ou manquante',
    explanation: 'OpenRouter n\'a pas reçu de clé utilisable (HTTP 401) : l\'en-tête Authorization est absent ou n\'est pas "Bearer sk-or-v1-...", la clé est entourée de guillemets ou d\'espaces, elle a été supprimée ou désactivée ("User not found."), ou une clé d\'un autre fournisseur a été envoyée.',
    fix: [
      'Envoyez `Authorization: Bearer <OpenRouter key>` et vérifiez que la clé n\'est pas vide dans le processus en cours d\'exécution.',
      'Créez une nouvelle clé sur https://openrouter.ai/settings/keys si elle a été supprimée ou désactivée.',
    ],
  },
  'openrouter/bad-request': {
    title: 'Requête incorrecte (400)',
    explanation: 'La requête contient des paramètres invalides ou manquants (ou un problème CORS en cas d\'appel depuis un navigateur) ; le message indique lesquels.',
    fix: [
      'Corrigez les paramètres nommés dans le message ; si metadata.raw est présent, c\'est l\'explication du fournisseur en amont lui-même.',
    ],
  },
  'openrouter/unauthorized': {
    title: 'Identifiants invalides (401)',
    explanation: 'La clé d\'API est absente, invalide ou désactivée, ou la session OAuth a expiré.',
    fix: [
      'Vérifiez l\'en-tête Authorization et la clé sur https://openrouter.ai/settings/keys.',
    ],
  },
  'openrouter/payment-required': {
    title: 'Crédits insuffisants (402)',
    explanation: 'Le compte ou la clé d\'API n\'a pas assez de crédits pour cette requête ; même les modèles gratuits peuvent échouer tant que le solde est négatif.',
    fix: [
      'Ajoutez des crédits (https://openrouter.ai/settings/credits) ou relevez la limite de la clé, puis réessayez ; ou baissez max_tokens.',
    ],
  },
  'openrouter/forbidden': {
    title: 'Accès interdit (403)',
    explanation: 'OpenRouter a refusé la requête : le plus souvent, la modération a signalé l\'entrée ou un garde-fou l\'a bloquée ; il peut aussi s\'agir de permissions manquantes ou d\'une limite de clé. Le message et metadata précisent lequel.',
    fix: [
      'Si le message mentionne la modération ou un blocage, modifiez l\'entrée signalée ; s\'il mentionne une limite de clé, relevez-la dans les paramètres de la clé.',
    ],
  },
  'openrouter/timeout': {
    title: 'Délai de requête dépassé (408)',
    explanation: 'La requête a pris trop de temps et a été interrompue avant qu\'une réponse soit produite.',
    fix: [
      'Réessayez ; pour les longues générations, utilisez le streaming afin que la connexion reste active, ou baissez max_tokens.',
    ],
  },
  'openrouter/rate-limited': {
    title: 'Limite de débit atteinte (429)',
    explanation: 'Trop de requêtes, au regard des limites propres à OpenRouter ou de celles du fournisseur en amont. OpenRouter peut envoyer un en-tête Retry-After avec le nombre de secondes à attendre. Ici, il demande d\'attendre {wait}.',
    fix: [
      'Attendez le délai de Retry-After (ou appliquez un backoff exponentiel) et réessayez.',
      'Si le message mentionne free-models-per-day, il s\'agit d\'un quota journalier : ajoutez des crédits ou attendez la réinitialisation.',
    ],
  },
  'openrouter/bad-gateway': {
    title: 'Modèle en panne ou réponse invalide en amont (502)',
    explanation: 'Le fournisseur du modèle choisi est en panne, ou OpenRouter a reçu de sa part une réponse invalide.',
    fix: [
      'Réessayez après une courte attente, ou autorisez des fournisseurs/modèles de repli.',
    ],
  },
  'openrouter/no-available-provider': {
    title: 'Aucun fournisseur disponible pour vos exigences de routage (503)',
    explanation: 'Aucun fournisseur du modèle ne satisfait les exigences de routage de la requête en ce moment : tous les fournisseurs adaptés sont en panne ou saturés, ou les exigences (provider.only, max_price, quantizations, politique de données) n\'en laissent aucun.',
    fix: [
      'Réessayez après le délai Retry-After si les fournisseurs ne sont que temporairement indisponibles.',
      'Si cela persiste, assouplissez les contraintes de routage des fournisseurs dans la requête ou dans les paramètres du compte, ou choisissez un autre modèle.',
    ],
  },
  // --- entries/google.ts ---
  'gemini/api-key-invalid': {
    title: 'Clé d\'API non valide',
    explanation: 'Google a rejeté la clé d\'API. Contrairement à la plupart des fournisseurs, l\'API Gemini signale une mauvaise clé par un 400 INVALID_ARGUMENT (raison ErrorInfo API_KEY_INVALID), pas par un 401 — le corps de la requête n\'est pas en cause.',
    fix: [
      'Créez ou copiez une clé dans Google AI Studio et envoyez-la dans l\'en-tête x-goog-api-key (ou via ?key=).',
      'Vérifiez qu\'elle n\'est pas tronquée, qu\'elle n\'a pas de guillemets ou d\'espaces parasites, et qu\'elle n\'a été ni supprimée ni expirée.',
      'Assurez-vous que la clé est destinée à l\'API Gemini (generativelanguage.googleapis.com) et non à un autre service Google.',
    ],
  },
  'gemini/unknown-field': {
    title: 'Champ inconnu dans le corps de la requête',
    explanation: 'Le corps contient un champ que l\'API Gemini ne définit pas à cet endroit : une faute de frappe, un champ de style OpenAI (messages, response_format, max_tokens), ou un champ qui appartient à un autre niveau (par exemple role à l\'intérieur de parts).',
    fix: [
      'Renommez ou déplacez le champ nommé après "Unknown name" (Gemini utilise contents/parts, generationConfig, systemInstruction).',
      'Si vous vouliez appeler l\'endpoint compatible OpenAI, envoyez plutôt la requête à /v1beta/openai/chat/completions.',
    ],
  },
  'gemini/part-data-oneof': {
    title: 'Une partie n\'a aucune donnée, ou en a de plusieurs sortes',
    explanation: 'Chaque élément de parts doit porter exactement une sorte de données (text, inlineData, fileData, functionCall, functionResponse, ...). Cette partie n\'en porte aucune (par exemple {} ou text: null) ou deux à la fois.',
    fix: [
      'Supprimez les parties vides, ou donnez à chacune exactement un seul élément parmi text / inlineData / fileData / functionCall / functionResponse.',
      'Scindez en deux parties une partie qui définit deux sortes de données.',
    ],
  },
  'gemini/input-token-limit': {
    title: 'L\'entrée dépasse la fenêtre de contexte du modèle',
    explanation: 'Le prompt (contents, instruction système, outils et médias) compte plus de tokens que le modèle n\'en accepte : il a donc été rejeté avant la génération.',
    fix: [
      'Raccourcissez l\'entrée : élaguez l\'historique, résumez, ou envoyez moins de fichiers ou des fichiers plus petits.',
      'Comptez d\'abord les tokens avec models/MODEL_ID:countTokens.',
      'Utilisez un modèle dont la limite d\'entrée est plus élevée.',
    ],
  },
  'gemini/max-output-tokens-out-of-range': {
    title: 'maxOutputTokens au-delà de la limite du modèle',
    explanation: 'generationConfig.maxOutputTokens dépasse la limite de sortie du modèle ; le message donne la plage acceptée.',
    fix: [
      'Réglez maxOutputTokens dans la plage indiquée par le message (ou omettez-le pour utiliser la valeur par défaut du modèle).',
    ],
  },
  'gemini/function-call-turn-order': {
    title: 'Appel de fonction mal placé dans l\'historique',
    explanation: 'Un tour model contenant un functionCall doit suivre un tour user ou un tour de réponse de fonction. Dans cet historique, il arrive en premier, ou après un autre tour model (deux tours model d\'affilée, souvent après un élagage).',
    fix: [
      'Vérifiez que contents commence par un tour user et alterne user / model.',
      'Quand vous élaguez l\'historique, coupez au niveau d\'un tour user pour qu\'un functionCall ne se retrouve jamais au début.',
      'Fusionnez les tours model consécutifs en un seul.',
    ],
  },
  'gemini/function-response-turn-order': {
    title: 'Réponse de fonction sans appel de fonction préalable',
    explanation: 'Un tour qui contient des parties functionResponse doit venir juste après le tour model contenant les parties functionCall correspondantes ; ici, ce tour d\'appel manque ou quelque chose s\'intercale entre les deux.',
    fix: [
      'Placez chaque tour functionResponse directement après le tour model qui a fait l\'appel.',
      'Quand vous élaguez l\'historique, gardez ensemble le tour functionCall et son tour functionResponse.',
    ],
  },
  'gemini/function-response-count': {
    title: 'Tous les appels de fonction n\'ont pas reçu de réponse',
    explanation: 'Le tour model a fait plusieurs appels de fonction, mais le tour suivant ne contient pas une partie functionResponse pour chacun d\'eux.',
    fix: [
      'Envoyez une partie functionResponse par partie functionCall, dans le même tour, avec les noms correspondants.',
      'Si un appel a échoué, répondez-y quand même avec une functionResponse décrivant l\'erreur.',
    ],
  },
  'gemini/thought-signature-missing': {
    title: 'Appel de fonction renvoyé sans sa signature de pensée',
    explanation: 'Les modèles thinking attachent une thoughtSignature aux parties functionCall. Quand l\'historique est renvoyé, ces parties doivent conserver la signature ; cette requête l\'a perdue (souvent en reconstruisant les parties ou en convertissant l\'historique depuis un autre format).',
    fix: [
      'Renvoyez les tours précédents du modèle exactement tels que reçus, y compris la thoughtSignature de chaque partie.',
      'Si vous convertissez l\'historique depuis un autre format, reportez la thoughtSignature avec la partie functionCall.',
    ],
  },
  'gemini/empty-text-part': {
    title: 'Partie texte vide',
    explanation: 'Une partie a un text "" (vide). Gemini refuse de générer à partir d\'un paramètre text vide.',
    fix: [
      'Supprimez les parties dont le texte est vide, ou mettez-y le texte prévu.',
    ],
  },
  'gemini/empty-parts': {
    title: 'Un tour n\'a aucune partie',
    explanation: 'Une entrée de contents a un tableau parts vide ; chaque tour de contents doit avoir au moins une partie.',
    fix: [
      'Supprimez le tour vide, ou donnez-lui au moins une partie (une réponse vide du modèle enregistrée dans l\'historique en est une cause fréquente).',
    ],
  },
  'gemini/invalid-role': {
    title: 'Rôle non pris en charge',
    explanation: 'Les contents de Gemini n\'acceptent que les rôles "user" et "model". Les rôles "assistant" ou "system" de style OpenAI sont rejetés ; le prompt système va dans systemInstruction.',
    fix: [
      'Renommez "assistant" en "model".',
      'Déplacez le contenu "system" dans le champ systemInstruction de premier niveau.',
    ],
  },
  'gemini/thinking-config-invalid': {
    title: 'Configuration de thinking invalide',
    explanation: 'generationConfig.thinkingConfig ne convient pas au modèle : un budget hors de sa plage (ou 0 sur un modèle qui réfléchit toujours), un thinkingLevel qu\'il ne propose pas, à la fois un budget et un niveau, ou le thinking sur un modèle qui n\'en dispose pas.',
    fix: [
      'Utilisez le réglage de thinking que le modèle prend en charge : thinkingLevel sur les modèles Gemini 3, thinkingBudget sur les modèles 2.5, et pas les deux.',
      'Gardez thinkingBudget dans la plage du modèle (ou -1 pour le mode dynamique) ; n\'envoyez pas 0 aux modèles qui ne peuvent pas désactiver le thinking.',
      'Supprimez thinkingConfig pour les modèles sans thinking.',
    ],
  },
  'gemini/request-payload-too-large': {
    title: 'Corps de requête trop volumineux',
    explanation: 'La requête HTTP dépasse ce que Gemini accepte en ligne (inline) ; en général, ce sont de grosses images, de l\'audio, de la vidéo ou des PDF en base64 qui en sont la cause.',
    fix: [
      'Téléversez les médias volumineux avec l\'API Files et référencez-les avec fileData.fileUri au lieu d\'inlineData.',
      'Redimensionnez ou compressez les images inline, ou envoyez-en moins par requête.',
    ],
  },
  'gemini/request-contains-invalid-argument': {
    title: 'Argument invalide (sans précision)',
    explanation: 'Google a rejeté le corps sans dire quel champ pose problème. Causes fréquentes : un paramètre que le modèle ne prend pas en charge (par exemple thinkingConfig, responseSchema ou un type d\'outil sur un ancien modèle), un schéma de déclaration de fonction que Gemini ne peut pas accepter (mots-clés JSON Schema non pris en charge), un inlineData mal formé, ou une fonctionnalité propre à v1beta envoyée à v1.',
    fix: [
      'Retirez les fonctionnalités optionnelles une par une (tools, responseSchema, thinkingConfig, safetySettings) pour trouver la coupable.',
      'Simplifiez les schémas de paramètres des fonctions pour vous limiter au sous-ensemble OpenAPI documenté par Gemini.',
      'Utilisez l\'endpoint v1beta pour les fonctionnalités en preview.',
    ],
  },
  'gemini/invalid-argument': {
    title: 'Corps de requête invalide',
    explanation: 'Le corps de la requête est mal formé : une faute de frappe, un champ obligatoire manquant, une valeur incorrecte, ou une fonctionnalité récente envoyée à une ancienne version de l\'API (v1 au lieu de v1beta).',
    fix: [
      'Lisez le chemin du champ dans le message (et BadRequest.fieldViolations dans details) et corrigez cette partie du corps.',
      'Comparez la requête avec la référence de l\'API, et utilisez l\'endpoint v1beta pour les fonctionnalités en preview.',
    ],
  },
  'gemini/location-not-supported': {
    title: 'Appel depuis une région non prise en charge',
    explanation: 'Google décide en fonction de l\'adresse IP d\'où vient la requête, et cet emplacement n\'est pas desservi par l\'API Gemini. L\'appelant n\'est souvent pas là où vous le pensez : un proxy, un VPN, une région cloud, un Cloudflare Worker ou un serveur relais peut être celui qui se trouve dans un emplacement non pris en charge.',
    fix: [
      'Envoyez la requête depuis un pays ou une région pris en charge (vérifiez par où sortent votre serveur, votre proxy ou votre relais).',
      'Avec un relais, demandez à l\'opérateur de router Gemini via un nœud situé dans une région prise en charge.',
      'Ou utilisez Vertex AI avec une région qui propose le modèle.',
    ],
  },
  'gemini/free-tier-unavailable': {
    title: 'Offre gratuite indisponible : facturation requise',
    explanation: 'L\'offre gratuite n\'est pas proposée là d\'où vient la requête (ou pour ce projet), et le projet n\'a pas de compte de facturation : il n\'y a donc rien à quoi imputer la requête.',
    fix: [
      'Activez la facturation du projet dans Google AI Studio (souscrivez une offre payante).',
      'Vérifiez depuis quelle région partent vos requêtes si vous pensiez bénéficier de l\'offre gratuite.',
    ],
  },
  'gemini/failed-precondition': {
    title: 'Condition préalable du compte ou de la région non remplie',
    explanation: 'La requête est bien formée, mais quelque chose dans le compte, le projet ou l\'emplacement n\'est pas configuré pour elle (région, facturation, ou fonctionnalité non activée pour le projet).',
    fix: [
      'Lisez le message : il nomme la condition préalable manquante.',
      'Vérifiez la facturation et la région depuis laquelle la requête est envoyée.',
    ],
  },
  'gemini/api-key-leaked': {
    title: 'Clé d\'API bloquée car divulguée',
    explanation: 'Google a détecté que cette clé était exposée publiquement (par exemple commitée dans un dépôt ou livrée dans une page web) et l\'a bloquée pour l\'API Gemini.',
    fix: [
      'Créez une nouvelle clé dans Google AI Studio et supprimez celle qui a fuité.',
      'Gardez les clés hors du contrôle de version et du code côté client ; chargez-les depuis l\'environnement du serveur.',
    ],
  },
  'gemini/service-disabled': {
    title: 'API non activée pour le projet',
    explanation: 'Le projet Google Cloud associé à la clé ou aux identifiants n\'a pas activé l\'API appelée (Generative Language API pour Gemini, Vertex AI API pour Vertex).',
    fix: [
      'Activez l\'API pour le projet (le message contient un lien vers la console), par exemple gcloud services enable generativelanguage.googleapis.com.',
      'Attendez quelques minutes après l\'activation, puis réessayez.',
      'Vérifiez que la clé appartient bien au projet que vous croyez.',
    ],
  },
  'gemini/unregistered-caller': {
    title: 'Aucune clé d\'API ni aucun identifiant envoyé',
    explanation: 'La requête ne contenait ni clé d\'API ni identifiants OAuth : Google n\'a donc pas pu déterminer quel projet appelle.',
    fix: [
      'Envoyez la clé dans l\'en-tête x-goog-api-key (ou via ?key=...) pour l\'API Gemini.',
      'Pour Vertex AI, envoyez un jeton d\'accès OAuth (Authorization: Bearer ...).',
    ],
  },
  'gemini/permission-denied': {
    title: 'Permission refusée',
    explanation: 'La clé ou les identifiants sont valides mais n\'ont pas le droit de faire cela : clé restreinte (restrictions de référent HTTP, d\'IP ou d\'API), modèle ajusté (tuned) utilisé sans l\'authentification appropriée, ou consommateur suspendu.',
    fix: [
      'Vérifiez les restrictions de la clé dans la console Google Cloud (les restrictions d\'API doivent inclure la Generative Language API).',
      'Pour les modèles ajustés, authentifiez-vous avec OAuth comme indiqué dans la documentation.',
      'Créez une nouvelle clé dans Google AI Studio si celle-ci a été restreinte ou suspendue.',
    ],
  },
  'gemini/model-not-found': {
    title: 'Modèle introuvable (ou indisponible pour cette méthode)',
    explanation: 'L\'identifiant de modèle de l\'URL n\'existe pas dans cette version de l\'API, a été retiré (gemini-pro, gemini-1.5-*), ou ne prend pas en charge la méthode appelée (par exemple un modèle d\'embedding avec generateContent).',
    fix: [
      'Appelez models.list (GET /v1beta/models) et utilisez un identifiant actuel, par exemple gemini-2.5-flash.',
      'Vérifiez la méthode : les modèles d\'embedding utilisent embedContent, pas generateContent.',
      'Les modèles en preview peuvent nécessiter l\'endpoint v1beta plutôt que v1.',
    ],
  },
  'vertex/model-not-found': {
    title: 'Modèle Vertex AI introuvable dans ce projet ou cette région',
    explanation: 'Vertex AI n\'a pas trouvé le modèle d\'éditeur (publisher model) pour ce projet et cet emplacement : la version du modèle est incorrecte ou retirée, le modèle n\'est pas proposé dans la région de l\'URL, ou le projet n\'y a pas accès.',
    fix: [
      'Vérifiez l\'identifiant et la version du modèle par rapport à la liste des modèles Vertex AI, et utilisez-en un actuel.',
      'Appelez une région qui propose le modèle (ou l\'endpoint global).',
      'Pour les modèles partenaires (par exemple Claude sur Vertex), activez d\'abord le modèle dans Model Garden.',
    ],
  },
  'gemini/not-found': {
    title: 'Ressource introuvable',
    explanation: 'Un élément auquel la requête fait référence n\'existe pas : le modèle de l\'URL, un fichier téléversé (les fichiers expirent au bout de 48 heures), un contenu en cache ou un modèle ajusté.',
    fix: [
      'Vérifiez le chemin de l\'URL et l\'identifiant du modèle.',
      'Téléversez à nouveau les fichiers de plus de 48 heures et utilisez la nouvelle URI.',
    ],
  },
  'gemini/quota-limit-zero': {
    title: 'Aucun quota pour ce modèle à votre niveau (limit: 0)',
    explanation: 'Le quota nommé dans le message a une limite de 0 : ce modèle n\'est pas du tout disponible au niveau de votre projet (typiquement un modèle Pro ou preview sur l\'offre gratuite). L\'indication "Please retry in Ns" est trompeuse — attendre ou réessayer ne fonctionnera jamais.',
    fix: [
      'Activez la facturation du projet (ou passez à un niveau supérieur) pour obtenir une limite non nulle pour ce modèle.',
      'Ou passez à un modèle inclus dans votre niveau (par exemple un modèle Flash sur l\'offre gratuite).',
    ],
  },
  'gemini/daily-quota-exceeded': {
    title: 'Quota journalier épuisé',
    explanation: 'Le quota épuisé est un quota journalier (son identifiant ou sa métrique indique PerDay / per_day). Contrairement à une limite par minute, il ne se recharge pas en quelques secondes : le délai de nouvelle tentative indiqué dans la réponse est trompeur, et chaque requête pour ce modèle échoue jusqu\'à la réinitialisation quotidienne.',
    fix: [
      'Attendez la réinitialisation quotidienne (minuit, heure du Pacifique), ou passez à un autre modèle, qui a son propre quota.',
      'Activez la facturation / passez à un niveau supérieur pour relever la limite journalière.',
      'Arrêtez les nouvelles tentatives automatiques sur cette erreur : elles ne font qu\'ajouter des appels en échec.',
    ],
  },
  'vertex/resource-exhausted': {
    title: 'Capacité Vertex AI épuisée',
    explanation: 'Sur Vertex AI en paiement à l\'utilisation, les modèles Gemini partagent la capacité entre clients (quota partagé dynamique) ; ce 429 signifie que ce pool partagé était saturé pour votre région à ce moment-là, et non que votre projet a un quota fixe à relever.',
    fix: [
      'Réessayez avec un backoff exponentiel.',
      'Utilisez l\'endpoint global (ou répartissez le trafic sur plusieurs régions) plutôt qu\'une seule région.',
      'Pour un volume élevé et régulier, achetez du Provisioned Throughput.',
    ],
  },
  'gemini/rate-limit': {
    title: 'Limite de débit atteinte',
    explanation: 'Le projet a envoyé plus de requêtes ou de tokens par minute que son niveau ne le permet pour ce modèle. Les limites par minute se rechargent vite : la même requête réussit après le délai indiqué dans RetryInfo.retryDelay ("Please retry in Ns."). Si le détail QuotaFailure nomme plutôt un quota PerDay, attendre une minute n\'y changera rien.',
    fix: [
      'Attendez retryDelay, puis réessayez avec un backoff exponentiel et du jitter.',
      'Réduisez la concurrence ou envoyez des requêtes plus petites ; le détail QuotaFailure indique quelle limite est en cause (requêtes ou tokens d\'entrée par minute).',
      'Pour une charge soutenue, activez la facturation ou demandez un niveau supérieur.',
    ],
  },
  'gemini/resource-exhausted': {
    title: 'Limite de débit atteinte',
    explanation: 'Le projet a envoyé plus de requêtes ou de tokens par minute que son niveau ne le permet pour ce modèle. Les limites par minute se rechargent vite : la même requête réussit après le délai indiqué dans RetryInfo.retryDelay ("Please retry in Ns."). Si le détail QuotaFailure nomme plutôt un quota PerDay, attendre une minute n\'y changera rien.',
    fix: [
      'Attendez retryDelay, puis réessayez avec un backoff exponentiel et du jitter.',
      'Réduisez la concurrence ou envoyez des requêtes plus petites ; le détail QuotaFailure indique quelle limite est en cause (requêtes ou tokens d\'entrée par minute).',
      'Pour une charge soutenue, activez la facturation ou demandez un niveau supérieur.',
    ],
  },
  'gemini/internal': {
    title: 'Erreur interne chez Google',
    explanation: 'Une erreur inattendue côté Google. Elle est souvent passagère, mais un contexte d\'entrée très long peut aussi la déclencher de façon répétée.',
    fix: [
      'Réessayez avec un backoff.',
      'Si la même requête continue d\'échouer, raccourcissez le contexte d\'entrée ou essayez un autre modèle (par exemple un modèle Flash).',
    ],
  },
  'gemini/model-overloaded': {
    title: 'Modèle surchargé',
    explanation: 'Google manque de capacité pour ce modèle en ce moment (HTTP 503). La requête et le compte sont en règle ; ce genre de pic de demande passe généralement en quelques secondes ou minutes.',
    fix: [
      'Réessayez après quelques secondes avec un backoff exponentiel et du jitter.',
      'Si cela persiste, passez temporairement à un autre modèle (par exemple une variante Flash) ou, sur Vertex AI, à une autre région ou à l\'endpoint global.',
    ],
  },
  'gemini/unavailable': {
    title: 'Service temporairement indisponible',
    explanation: 'Le service Gemini est temporairement surchargé ou en panne (HTTP 503). Ni la requête ni le compte ne sont en cause.',
    fix: [
      'Réessayez après quelques secondes avec un backoff exponentiel.',
      'Passez temporairement à un autre modèle (par exemple une variante Flash) si cela persiste.',
    ],
  },
  'gemini/deadline-exceeded': {
    title: 'La requête ne s\'est pas terminée à temps',
    explanation: 'Le service n\'a pas pu terminer dans le délai imparti, généralement parce que le prompt ou le contexte est très volumineux ou que le client a fixé un timeout court.',
    fix: [
      'Augmentez le timeout du client (ou supprimez un délai personnalisé).',
      'Réduisez la taille de l\'entrée, ou recevez la réponse en streaming.',
      'Réessayez : cela peut réussir une fois la charge retombée.',
    ],
  },
  'gemini/prompt-blocked': {
    title: 'Bloqué par la politique de contenu de Google',
    explanation: 'Gemini a répondu 200 mais a refusé le contenu : promptFeedback.blockReason (ou finishReason) vaut PROHIBITED_CONTENT, BLOCKLIST, SPII ou IMAGE_SAFETY. Ces blocages proviennent de politiques fixes et ne peuvent pas être désactivés avec safetySettings ; renvoyer la même conversation donne le même résultat.',
    fix: [
      'Modifiez ou supprimez le contenu qui déclenche le blocage (vérifiez le dernier tour user et les éventuelles images jointes).',
      'Si l\'historique de la conversation contient le contenu incriminé, démarrez une nouvelle conversation sans lui.',
    ],
  },
  'gemini/safety-block': {
    title: 'Bloqué par les filtres de sécurité',
    explanation: 'Gemini a répondu 200 sans texte : le prompt (promptFeedback.blockReason SAFETY) ou la réponse générée (finishReason SAFETY) a été jugé nuisible dans une catégorie de sécurité, listée dans safetyRatings avec une probabilité HIGH ou MEDIUM.',
    fix: [
      'Reformulez ou supprimez le contenu relevant de la catégorie nommée dans safetyRatings.',
      'Si le cas d\'usage est légitime, assouplissez la catégorie correspondante dans safetySettings (par exemple BLOCK_ONLY_HIGH).',
      'Gérez les candidats vides dans votre code au lieu de les traiter comme un plantage.',
    ],
  },
  // --- entries/bedrock.ts ---
  'bedrock/prompt-too-long': {
    title: 'L\'entrée dépasse la fenêtre de contexte du modèle',
    explanation: 'Le modèle a compté plus de tokens d\'entrée que sa fenêtre de contexte ne peut en contenir (pour Claude, le message encapsulé indique "prompt is too long: N tokens > M maximum"). La requête n\'est jamais arrivée jusqu\'à la génération.',
    fix: [
      'Raccourcissez la conversation : élaguez ou résumez les anciens échanges, les résultats d\'outils et les documents.',
      'Gardez entrée + maxTokens sous la longueur de contexte du modèle.',
      'Utilisez un modèle (ou une option long contexte de Claude) doté d\'une fenêtre plus grande.',
    ],
  },
  'bedrock/max-tokens-exceeds-model-limit': {
    title: 'maxTokens au-delà de la limite de sortie du modèle',
    explanation: 'Le nombre maximal de tokens de sortie demandé (maxTokens / max_tokens) dépasse ce que ce modèle autorise sur Bedrock.',
    fix: [
      'Baissez maxTokens (inferenceConfig de Converse) ou max_tokens (corps d\'InvokeModel) à la limite indiquée dans le message ou en dessous.',
    ],
  },
  'bedrock/temperature-with-top-p': {
    title: 'temperature et top_p envoyés ensemble',
    explanation: 'Les modèles Claude récents sur Bedrock n\'acceptent que l\'un des deux, temperature ou top_p ; le modèle a rejeté une requête qui définissait les deux (le topP de Converse compte comme top_p).',
    fix: [
      'Retirez de la requête soit temperature, soit top_p / topP (c\'est souvent une valeur par défaut d\'un framework qui ajoute topP).',
    ],
  },
  'bedrock/thinking-incompatible-parameter': {
    title: 'Paramètre interdit avec l\'extended thinking',
    explanation: 'Quand l\'extended thinking de Claude est activé, le modèle rejette les paramètres d\'échantillonnage comme top_p, top_k ou une temperature différente de 1.',
    fix: [
      'Retirez top_p / top_k (et temperature, ou mettez-la à 1) quand le thinking est activé.',
    ],
  },
  'bedrock/conversation-must-start-with-user': {
    title: 'La conversation ne commence pas par un message utilisateur',
    explanation: 'La liste messages commence par un tour assistant (ou est vide une fois les prompts système retirés) ; Bedrock exige que le premier message vienne de l\'utilisateur.',
    fix: [
      'Faites du premier élément de messages un message user (insérez-en un court si l\'assistant parle en premier).',
      'Quand vous élaguez l\'historique, coupez de sorte qu\'un tour user vienne en premier.',
    ],
  },
  'bedrock/on-demand-not-supported': {
    title: 'Le modèle exige un identifiant de profil d\'inférence',
    explanation: 'Ce modèle ne peut pas être invoqué à la demande par son simple identifiant de modèle dans cette région ; il n\'est servi que via un profil d\'inférence (interrégional).',
    fix: [
      'Appelez-le avec un identifiant de profil d\'inférence, par exemple us.anthropic.claude-sonnet-4-5-20250929-v1:0 ou global.anthropic..., au lieu de anthropic....',
      'Listez les profils à votre disposition avec aws bedrock list-inference-profiles, et accordez l\'accès IAM au profil et au modèle sous-jacent.',
    ],
  },
  'bedrock/invalid-model-identifier': {
    title: 'Identifiant de modèle invalide',
    explanation: 'Bedrock ne reconnaît pas le modelId : une faute de frappe, un identifiant de l\'API Anthropic (claude-sonnet-4-5) au lieu d\'un identifiant Bedrock (anthropic.claude-...-v1:0), un préfixe de région manquant, ou un modèle non proposé dans cette région.',
    fix: [
      'Utilisez l\'identifiant exact du modèle Bedrock ou du profil d\'inférence (aws bedrock list-foundation-models / list-inference-profiles).',
      'Vérifiez que le client est configuré pour une région qui propose le modèle.',
    ],
  },
  'bedrock/malformed-input': {
    title: 'Le corps ne correspond pas au schéma du modèle',
    explanation: 'InvokeModel transmet le corps dans le format propre au fournisseur du modèle ; le texte qui suit "Malformed input request" indique quel champ est manquant, superflu ou du mauvais type (par exemple un corps de style Converse envoyé à InvokeModel, ou un anthropic_version manquant pour Claude).',
    fix: [
      'Utilisez le format de corps natif de la famille de modèles (pour Claude : anthropic_version "bedrock-2023-05-31", max_tokens, messages).',
      'Supprimez les champs que le schéma qualifie de superflus (extraneous) et corrigez les types qu\'il nomme.',
    ],
  },
  'bedrock/model-returned-errors': {
    title: 'Le modèle a rejeté la requête',
    explanation: 'Bedrock a transmis le corps au modèle et la validation propre au modèle l\'a refusé ; le texte qui suit "The model returned the following errors:" est le message du fournisseur du modèle (pour Claude, la même formulation que l\'API d\'Anthropic).',
    fix: [
      'Lisez le message encapsulé : il nomme le champ et le problème, comme le ferait l\'API du fournisseur.',
      'Corrigez le corps en conséquence ; les règles de l\'API Messages d\'Anthropic s\'appliquent aux modèles Claude sur Bedrock.',
    ],
  },
  'bedrock/validation-exception': {
    title: 'La requête n\'a pas passé la validation',
    explanation: 'L\'entrée ne respecte pas les contraintes de Bedrock : mauvais identifiant de modèle, paramètre hors plage, forme de corps incorrecte, ou erreur renvoyée par le modèle lui-même.',
    fix: [
      'Lisez le message : il nomme le champ ou la contrainte.',
      'Comparez la requête avec la référence Converse / InvokeModel de ce modèle.',
    ],
  },
  'bedrock/model-access-denied': {
    title: 'Accès au modèle non accordé',
    explanation: 'Le compte n\'a pas accès à ce modèle dans cette région : l\'accès au modèle n\'a jamais été activé (ou est en attente), un accord avec le fournisseur (formulaire de cas d\'usage Anthropic, abonnement Marketplace) est incomplet, ou le modèle n\'est pas proposé dans la région.',
    fix: [
      'Dans la console Bedrock de la même région, ouvrez Model access et demandez/activez le modèle ; attendez qu\'il affiche Access granted.',
      'Vérifiez que la région du client correspond à celle où l\'accès a été accordé.',
      'Pour les modèles proposés via Marketplace, l\'appelant a aussi besoin de la permission aws-marketplace:Subscribe lors de la première utilisation.',
    ],
  },
  'bedrock/access-denied': {
    title: 'Non autorisé (IAM)',
    explanation: 'L\'utilisateur ou le rôle IAM qui fait l\'appel n\'a pas la permission pour cette action sur cette ressource (par exemple bedrock:InvokeModel ou bedrock:InvokeModelWithResponseStream sur l\'ARN du modèle ou du profil d\'inférence), ou une politique la refuse explicitement.',
    fix: [
      'Ajoutez à la politique IAM de l\'appelant l\'action bedrock:* manquante pour l\'ARN du modèle / profil d\'inférence nommé dans le message.',
      'Recherchez des refus explicites dans les service control policies ou les permission boundaries.',
      'Si vous utilisez des identifiants temporaires, vérifiez qu\'ils n\'ont pas expiré.',
    ],
  },
  'bedrock/invalid-security-token': {
    title: 'Identifiants AWS non valides',
    explanation: 'AWS n\'a pas pu authentifier la requête : la clé d\'accès n\'existe pas, le secret ou le jeton de session ne lui correspond pas, ou la signature est incorrecte (par exemple un jeton de session manquant pour des clés temporaires, ou une région ou une horloge incorrecte).',
    fix: [
      'Vérifiez AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (et AWS_SESSION_TOKEN pour les clés temporaires) ou le profil utilisé : aws sts get-caller-identity.',
      'Utilisez des identifiants du compte où Bedrock est activé, et une horloge système à l\'heure.',
    ],
  },
  'bedrock/invalid-credentials': {
    title: 'Identifiants AWS non valides',
    explanation: 'AWS n\'a pas pu authentifier la requête : la clé d\'accès n\'existe pas, le secret ou le jeton de session ne lui correspond pas, ou la signature est incorrecte (par exemple un jeton de session manquant pour des clés temporaires, ou une région ou une horloge incorrecte).',
    fix: [
      'Vérifiez AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (et AWS_SESSION_TOKEN pour les clés temporaires) ou le profil utilisé : aws sts get-caller-identity.',
      'Utilisez des identifiants du compte où Bedrock est activé, et une horloge système à l\'heure.',
    ],
  },
  'bedrock/expired-token': {
    title: 'Identifiants AWS expirés',
    explanation: 'Les identifiants temporaires (session STS, connexion SSO, rôle assumé) utilisés pour signer la requête ont expiré.',
    fix: [
      'Renouvelez les identifiants (aws sso login, assumez à nouveau le rôle, ou obtenez un nouveau jeton de session).',
      'Pour les processus de longue durée, utilisez un fournisseur d\'identifiants qui se renouvelle automatiquement plutôt que des clés fixes.',
    ],
  },
  'bedrock/use-case-form-required': {
    title: 'Formulaire de cas d\'usage Anthropic non soumis',
    explanation: 'Avant la première utilisation des modèles Anthropic, un compte AWS doit soumettre les informations de cas d\'usage d\'Anthropic dans la console Bedrock. D\'ici là (et pendant environ 15 minutes après), les appels échouent avec cette ResourceNotFoundException.',
    fix: [
      'Remplissez le formulaire Anthropic use case details dans la console Bedrock (Model access / catalogue de modèles).',
      'Attendez environ 15 minutes, puis réessayez.',
    ],
  },
  'bedrock/legacy-model-access': {
    title: 'Modèle Legacy plus disponible pour ce compte',
    explanation: 'Le modèle a le statut Legacy et le compte ne l\'a pas utilisé au cours des 30 derniers jours, donc l\'accès a été retiré ; réessayer ne le rétablira pas.',
    fix: [
      'Passez à une version de modèle active (consultez la page du cycle de vie des modèles Bedrock pour le remplaçant recommandé).',
    ],
  },
  'bedrock/resource-not-found': {
    title: 'Modèle ou ressource introuvable',
    explanation: 'L\'identifiant de modèle, l\'ARN, le profil d\'inférence, le guardrail ou toute autre ressource nommée dans la requête n\'existe pas dans ce compte et cette région.',
    fix: [
      'Vérifiez l\'identifiant/ARN et la région utilisée par le client (les modèles et les profils sont régionaux).',
      'Listez ce qui est disponible : aws bedrock list-foundation-models, list-inference-profiles.',
    ],
  },
  'bedrock/throttling': {
    title: 'Limitation de débit : requêtes ou tokens par minute dépassés',
    explanation: 'Le compte a dépassé son quota de requêtes ou de tokens par minute, par modèle et par région ("Too many requests" / "Too many tokens"). Bedrock n\'envoie pas de Retry-After ; la requête réussit dès que la fenêtre d\'une minute a de la marge.',
    fix: [
      'Réessayez avec un backoff exponentiel et du jitter (botocore : mode de retries "adaptive", ou "standard" avec davantage de tentatives).',
      'Répartissez la charge avec un profil d\'inférence interrégional (préfixe us./eu./global.).',
      'Si c\'est permanent, demandez une augmentation de quota dans Service Quotas ou achetez du Provisioned Throughput.',
    ],
  },
  'bedrock/service-quota-exceeded': {
    title: 'Quota de service du compte dépassé',
    explanation: 'La requête dépasserait un quota de service du compte (par exemple des tokens par jour pour un modèle, ou un nombre de ressources). Contrairement à la limitation par minute, cela ne se résorbe pas en quelques secondes.',
    fix: [
      'Vérifiez le quota nommé dans le message sous Service Quotas → Amazon Bedrock, et demandez une augmentation.',
      'Ne réessayez qu\'après la réinitialisation de la période du quota, ou utilisez une autre région ou un autre modèle.',
    ],
  },
  'bedrock/model-not-ready': {
    title: 'Modèle pas prêt',
    explanation: 'Le modèle n\'est pas encore prêt à servir l\'inférence (par exemple un modèle importé ou personnalisé en cours de chargement). Les SDK AWS réessaient déjà jusqu\'à cinq fois dans ce cas.',
    fix: [
      'Attendez et réessayez ; si le SDK a déjà abandonné, réessayez plus tard avec un backoff.',
    ],
  },
  'bedrock/model-timeout': {
    title: 'Délai du modèle dépassé',
    explanation: 'Le traitement a duré plus longtemps que le timeout du modèle (HTTP 408), en général pour des entrées ou des sorties très longues, ou sur un flux bidirectionnel resté ouvert trop longtemps.',
    fix: [
      'Réessayez ; utilisez le streaming (ConverseStream / InvokeModelWithResponseStream) pour les longues générations.',
      'Réduisez la taille de l\'entrée ou maxTokens si le délai continue d\'être dépassé.',
    ],
  },
  'bedrock/model-error': {
    title: 'Le modèle a échoué pendant le traitement',
    explanation: 'Le modèle lui-même a échoué en traitant la requête (HTTP 424, avec originalStatusCode dans le corps), ou a produit une sortie invalide comme une séquence tool-use mal formée.',
    fix: [
      'Réessayez la requête ; les défaillances intermittentes du modèle passent généralement.',
      'Si une séquence tool-use est signalée comme invalide, baissez temperature et vérifiez les schémas des outils.',
    ],
  },
  'bedrock/service-unavailable': {
    title: 'Bedrock temporairement indisponible',
    explanation: 'Bedrock n\'a pas pu servir la requête pour le moment (HTTP 503), généralement à cause d\'un bref manque de capacité pour le modèle dans cette région ; "Too many connections" peut aussi venir d\'un pool de connexions client trop petit.',
    fix: [
      'Réessayez avec un backoff exponentiel.',
      'Utilisez un profil d\'inférence interrégional pour répartir la charge, ou essayez une autre région.',
      'Si le message indique "Too many connections", augmentez max_pool_connections dans la configuration du client.',
    ],
  },
  'bedrock/internal-server-error': {
    title: 'Erreur interne de Bedrock',
    explanation: 'Bedrock a échoué de son côté (HTTP 500) ; la requête elle-même n\'est pas en cause.',
    fix: [
      'Réessayez avec un backoff exponentiel et du jitter.',
      'Si cela persiste, contactez le support AWS avec le x-amzn-RequestId.',
    ],
  },
};
