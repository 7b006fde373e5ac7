/**
 * French (fr) translations, group a: entries/seed-http.ts, dashscope.ts, relay.ts, anthropic.ts.
 */
import type { ErrorTranslations } from '../types.ts';

export const TRANSLATIONS: ErrorTranslations = {
  // ------------------------------------------------------------------ seed-http.ts
  'seed/http-400': {
    title: 'Requête incorrecte (400)',
    explanation:
      'Le serveur a compris l’appel mais a rejeté la requête elle-même : JSON mal formé, champ manquant ou mal orthographié, paramètre que le modèle n’accepte pas, contenu trop long ou trop volumineux. Certains fournisseurs répondent aussi 400 pour un problème de facturation (Gemini sans facturation, Arrearage chez DashScope, solde de crédits Anthropic) ou de modération : lisez donc le message.',
    fix: [
      'Lisez le message d’erreur (ou l’onglet Response de la requête en échec dans la console développeur) et corrigez ce qu’il désigne.',
      'Gemini : le compte doit peut-être activer la facturation (carte bancaire associée) ; modèles de vision : l’image dépasse peut-être la taille maximale acceptée en amont.',
      'Retirez les paramètres ajoutés à la main, ou testez avec un assistant ou une requête neufs, aux réglages par défaut, pour trouver celui qui pose problème.',
      'Si la conversation est longue, videz le contexte, démarrez une nouvelle conversation ou envoyez moins d’éléments d’historique.',
    ],
  },
  'seed/http-401': {
    title: 'Échec d’authentification (401)',
    explanation:
      'Le serveur n’a pas accepté les identifiants : la clé d’API est absente, mal saisie, révoquée, ou appartient à un autre service ou à une autre région (clé de relais envoyée au fournisseur, clé du fournisseur envoyée à un relais). La FAQ cite aussi un modèle que la clé n’a pas le droit d’utiliser et un compte suspendu chez le fournisseur.',
    fix: [
      'Vérifiez que la clé est bien envoyée (Authorization: Bearer …, x-api-key ou ?key=), sans guillemets ni espaces parasites.',
      'Vérifiez que la clé et l’URL de base vont ensemble (même fournisseur, même région, même relais).',
      'Vérifiez l’état du compte chez le fournisseur (suspendu, impayé) et si la clé a le droit d’utiliser ce modèle.',
    ],
  },
  'seed/http-403': {
    title: 'Accès interdit (403)',
    explanation:
      'Les identifiants ont été reconnus mais n’autorisent pas cette opération : le modèle ou l’endpoint n’est pas activé pour le compte, la région ou l’IP est bloquée, ou (sur un relais) le jeton n’a pas droit à ce modèle ou le solde est épuisé. Le corps de la réponse précise généralement lequel.',
    fix: [
      'Lisez le message d’erreur ; il indique normalement l’autorisation, le modèle ou la région en cause.',
      'Activez le modèle ou demandez-en l’accès dans la console du fournisseur, ou utilisez un modèle que la clé a le droit d’appeler.',
      'Sur un relais, vérifiez la liste des modèles du jeton et le solde du compte dans la console du relais.',
    ],
  },
  'seed/http-404': {
    title: 'Introuvable (404)',
    explanation:
      'Rien ne répond à cette adresse pour cette ressource : le chemin est faux (/v1 manquant ou en double dans l’URL de base), l’identifiant du modèle n’existe pas ou a été retiré, ou (Azure) le nom du déploiement n’est pas celui de l’URL.',
    fix: [
      'Comparez le chemin de la requête à la référence de l’API : une URL de base se terminant par /v1 suivie d’un chemin commençant par /v1 donne /v1/v1.',
      'Vérifiez l’identifiant exact du modèle (orthographe, points ou tirets, pas d’espace final, pas de préfixe d’un autre fournisseur).',
    ],
  },
  'seed/http-422': {
    title: 'Requête impossible à traiter (422)',
    explanation:
      'Le corps est un JSON valide, mais ses valeurs ne respectent pas le schéma : null là où une valeur est requise, nombre ou booléen là où une chaîne est attendue, valeur d’énumération inconnue. Le serveur a pu l’analyser, mais pas le traiter.',
    fix: [
      'Lisez le détail de la validation (il indique généralement le chemin du champ, par ex. body.messages.0.content).',
      'Envoyez chaque champ avec le type documenté par l’API ; supprimez les champs à null.',
    ],
  },
  'seed/http-429': {
    title: 'Trop de requêtes (429)',
    explanation:
      'Le débit de requêtes (requêtes ou tokens par minute) a dépassé une limite, et le serveur a refusé la requête pour le moment. Attention : beaucoup de fournisseurs répondent aussi 429 quand le quota ou le solde est épuisé, et attendre n’y change alors rien ; lisez le corps de la réponse avant de réessayer.',
    fix: [
      'Attendez (respectez Retry-After s’il est envoyé) et réessayez avec un backoff exponentiel.',
      'Réduisez la concurrence ou le nombre de tokens par requête ; étalez les requêtes dans le temps.',
      'Si le corps mentionne un quota, la facturation, des crédits ou une limite journalière, rechargez ou augmentez le quota au lieu de réessayer.',
    ],
  },
  'seed/http-500': {
    title: 'Erreur interne du serveur (500)',
    explanation:
      'Le serveur a échoué en traitant la requête, sans pouvoir en dire plus. C’est généralement passager, côté fournisseur ; sur certains services (Gemini), une entrée très longue peut aussi se solder par un 500.',
    fix: [
      'Réessayez après une courte attente.',
      'Si la même requête échoue toujours, raccourcissez l’entrée ou essayez un autre modèle, et signalez l’identifiant de requête au fournisseur.',
    ],
  },
  'seed/http-501': {
    title: 'Non implémenté (501)',
    explanation:
      'Le serveur ne prend pas en charge la fonction demandée : typiquement un endpoint ou une fonctionnalité (Responses API, embeddings, images, audio) que ce serveur, ce relais ou ce canal n’implémente pas.',
    fix: [
      'Utilisez un endpoint documenté par le serveur (par exemple /v1/chat/completions au lieu de /v1/responses).',
      'Sur un relais, demandez à l’opérateur si le canal prend en charge cet endpoint, ou choisissez un autre modèle ou canal.',
    ],
  },
  'seed/http-502': {
    title: 'Passerelle incorrecte (502)',
    explanation:
      'Une passerelle ou un proxy (un relais, un répartiteur de charge, Cloudflare) a reçu une réponse invalide du serveur situé derrière. C’est passager quand l’amont a un raté, persistant quand la passerelle pointe vers la mauvaise adresse ou reçoit une page HTML au lieu de JSON.',
    fix: [
      'Réessayez après une courte attente.',
      'Si cela persiste, vérifiez l’URL de base configurée dans la passerelle ou le canal du relais, ainsi que la page d’état du service en amont.',
    ],
  },
  'seed/http-503': {
    title: 'Service indisponible (503)',
    explanation:
      'Le serveur est temporairement surchargé ou en maintenance et n’a pas pu prendre en charge la requête ; l’en-tête Retry-After peut indiquer combien de temps attendre. Sur un relais, 503 peut aussi signifier qu’aucun canal n’est disponible pour le modèle.',
    fix: [
      'Attendez (Retry-After s’il est présent) et réessayez avec backoff.',
      'Passez à un autre modèle ou à une autre région si la surcharge dure ; sur un relais, cherchez "no available channel" dans le message.',
    ],
  },
  'seed/http-504': {
    title: 'Délai de passerelle dépassé (504)',
    explanation:
      'Une passerelle ou un proxy a cessé d’attendre le serveur situé derrière. Les longues générations sans streaming en sont la cause habituelle : le délai d’expiration de la passerelle est plus court que le temps dont le modèle a besoin.',
    fix: [
      'Réessayez ; utilisez le streaming pour les longues sorties, afin que des octets circulent avant l’expiration du délai de la passerelle.',
      'Réduisez max tokens ou découpez la tâche si le délai continue d’expirer.',
    ],
  },
  'seed/gemini-billing-required': {
    title: 'Modèle Gemini réservé aux comptes facturés (associer une carte)',
    explanation:
      'Google ne sert ce modèle (Imagen, Veo et les autres modèles payants de l’API Gemini) qu’aux projets dont la facturation est activée, c’est-à-dire avec une carte bancaire associée au projet Google Cloud derrière la clé d’API. C’est le premier cas courant de 400 de la FAQ d’origine ; l’erreur voisine "free tier is not available in your country" est expliquée par gemini/free-tier-unavailable.',
    fix: [
      'Dans Google AI Studio, configurez la facturation du projet auquel appartient la clé d’API (associez une carte), puis utilisez une clé de ce projet.',
      'Ou choisissez un modèle inclus dans le niveau gratuit.',
    ],
  },
  'seed/image-too-large': {
    title: 'Requête (image) plus volumineuse que ce qu’accepte l’amont',
    explanation:
      'Le corps de la requête, généralement à cause d’une image intégrée en base64, dépasse ce que le serveur ou la passerelle placés devant le modèle acceptent en une requête ; il a donc été refusé avant d’atteindre le modèle. Ce sont surtout les modèles de vision qui y sont confrontés. C’est le deuxième cas courant de 400 de la FAQ d’origine ; les limites par image propres aux fournisseurs (Anthropic 5 Mo, OpenAI 20 Mo, taille de charge utile Gemini, DashScope 10 Mo par data URI) ont leurs propres entrées.',
    fix: [
      'Redimensionnez ou recompressez l’image (un grand côté d’environ 1500–2000 px suffit largement pour la plupart des modèles de vision).',
      'Envoyez moins d’images par requête, ou téléversez le fichier et passez une URL ou un identifiant de fichier au lieu du base64.',
      'Si vous gérez la passerelle (client_max_body_size de nginx, un relais), augmentez sa limite de taille du corps.',
    ],
  },
  'seed/unsupported-parameter': {
    title: 'Paramètre non pris en charge par ce modèle',
    explanation:
      'La requête contient un paramètre que ce modèle n’accepte pas (effort de raisonnement, pénalité, réglage de réflexion), ou le renseigne mal, et le serveur la rejette au lieu de l’ignorer. C’est le troisième cas courant de 400 de la FAQ d’origine ; les formulations d’OpenAI, de Gemini et d’Anthropic ont leurs propres entrées.',
    fix: [
      'Retirez le paramètre indiqué dans le message (ou ne l’envoyez qu’aux modèles qui le prennent en charge).',
      'Dans un client de chat, testez avec un nouvel assistant aux réglages par défaut ; rajoutez les paramètres personnalisés un par un.',
    ],
  },
  'seed/context-too-long': {
    title: 'Contexte trop long',
    explanation:
      'La conversation (historique plus nouveau message et, sur certaines API, la sortie demandée) dépasse la fenêtre de contexte du modèle, et le fournisseur l’a refusée. Les clients de chat renvoient tout l’historique à chaque tour : c’est ainsi que les longues conversations finissent ici. C’est le quatrième cas courant de 400 de la FAQ d’origine (ici dans la formulation de llama.cpp et d’autres serveurs compatibles OpenAI ; les formulations d’OpenAI, d’Anthropic, de Gemini et de DashScope ont leurs propres entrées).',
    fix: [
      'Videz le contexte ou démarrez une nouvelle conversation.',
      'Envoyez moins de messages d’historique (baissez le réglage du nombre de messages de contexte), résumez les anciens tours ou réduisez max tokens.',
      'Ou passez à un modèle doté d’une fenêtre de contexte plus grande.',
    ],
  },
  // ------------------------------------------------------------------ dashscope.ts
  'dashscope/invalid-parameter': {
    title: 'Paramètre invalide',
    explanation:
      'DashScope a rejeté les paramètres de l’appel : un paramètre obligatoire manque, ou l’un d’eux a un type, une plage de valeurs ou un emplacement incorrects (table des codes d’erreur : « les paramètres d’appel de l’interface sont invalides »). Le message nomme le paramètre ; un préfixe "<400> InternalError.Algo.InvalidParameter:" reste une erreur client, pas une panne du serveur.',
    fix: [
      'Lisez le message et corrigez le paramètre qu’il nomme (type, plage, orthographe).',
      'API native : placez les messages dans "input" et les options dans "parameters", pas à côté de "model".',
    ],
  },
  'dashscope/thinking-requires-streaming': {
    title: 'Le mode réflexion exige le streaming',
    explanation:
      'Un modèle Qwen a été appelé en mode réflexion (enable_thinking à true, ou modèle qui ne fonctionne qu’en réflexion) sans streaming ; DashScope ne renvoie la sortie de réflexion qu’en flux.',
    fix: [
      'Définissez "stream": true (mode compatible) ou appelez en streaming (API native : incremental_output à true).',
      'Ou mettez enable_thinking à false si le modèle le permet.',
    ],
  },
  'dashscope/stream-only-model': {
    title: 'Modèle disponible uniquement en streaming',
    explanation:
      'Le modèle (par exemple certains modèles Qwen3 open source ou Omni) ne répond qu’en flux, et la requête ne l’a pas demandé.',
    fix: ['Envoyez la requête avec "stream": true (API native : X-DashScope-SSE: enable / sortie incrémentale).'],
  },
  'dashscope/input-length-exceeded': {
    title: 'Entrée plus longue que ce qu’accepte le modèle',
    explanation:
      'L’entrée (l’ensemble des messages) dépasse le nombre maximal de tokens d’entrée du modèle. Les clients de chat renvoient tout l’historique à chaque tour, si bien que les longues conversations finissent ici.',
    fix: [
      'Raccourcissez les messages ou supprimez les anciens tours ; dans un client de chat, démarrez une nouvelle conversation.',
      'Ou utilisez un modèle à contexte plus long (qwen-long, variantes long contexte de qwen-plus).',
    ],
  },
  'dashscope/json-mode-without-json-word': {
    title: 'Mode JSON sans le mot "json"',
    explanation:
      'response_format json_object a été demandé, mais aucun message ne contient le mot "json" ; DashScope (comme OpenAI) exige qu’il figure dans le prompt.',
    fix: ['Ajoutez au message system ou user une consigne qui mentionne JSON, par ex. « Réponds en JSON ».'],
  },
  'dashscope/tool-message-without-tool-calls': {
    title: 'Message tool sans appel d’outil qui le précède',
    explanation:
      'Un message de rôle "tool" a été envoyé sans être immédiatement précédé du message assistant portant les tool_calls correspondants, généralement parce que le tour assistant du premier échange n’a pas été ajouté à messages.',
    fix: ['Avant chaque message tool, ajoutez le message assistant qui contient les tool_calls (tel que le modèle l’a renvoyé).'],
  },
  'dashscope/invalid-media-url': {
    title: 'URL de média invalide ou impossible à télécharger',
    explanation:
      'Une référence d’image, d’audio ou de vidéo n’a pas pu être utilisée : l’URL n’est ni en http(s)://, ni en data:…;base64, ni en file://, ou DashScope n’a pas pu la télécharger (adresse OSS privée ou interne, délai dépassé entre régions, signature expirée).',
    fix: [
      'Passez une URL http(s) publique (de préférence un stockage dans la même région), une data URL avec ";base64,", ou un chemin local file:// via le SDK DashScope.',
      'Pour les fichiers de moins de 7 Mo, le base64 évite complètement le téléchargement.',
    ],
  },
  'dashscope/data-uri-too-large': {
    title: 'Média intégré de plus de 10 Mo',
    explanation:
      'Une image ou une vidéo en base64 (data URI) envoyée à un modèle Qwen-VL/Omni dépasse les 10 Mo que DashScope accepte par élément.',
    fix: ['Compressez ou redimensionnez le fichier, ou téléversez-le et passez une URL publique au lieu du base64.'],
  },
  'dashscope/data-inspection-failed': {
    title: 'Bloqué par la modération de contenu',
    explanation:
      'Le contrôle de sécurité du contenu d’Alibaba Cloud (Green Net) a signalé l’entrée ou la sortie générée comme potentiellement sensible et a arrêté la requête (table des codes d’erreur : « erreur d’inspection des données, l’entrée ou la sortie contient un contenu suspecté d’être sensible, bloqué par Green Net »). Comme le texte signalé reste dans l’historique de la conversation, renvoyer le même historique échoue à nouveau.',
    fix: [
      'Reformulez ou supprimez le contenu signalé ; retirez de l’historique le tour qui l’a déclenché.',
      'Démarrez une nouvelle conversation si vous ne savez pas quel tour a été signalé.',
    ],
  },
  'dashscope/invalid-parameter-data-inspection': {
    title: 'Média rejeté par l’inspection des données',
    explanation:
      'Le contrôle de sécurité du contenu n’a pas pu inspecter un média en entrée : son format n’est pas pris en charge ou ne correspond pas à ce qu’il prétend être (table des codes d’erreur : « erreur d’inspection des données, format de média non pris en charge ou incorrect ; le sens peut varier selon le message »). D’autres messages sous ce code signalent que le média n’a pas pu être téléchargé pour l’inspection.',
    fix: [
      'Vérifiez que le fichier s’ouvre, que son extension correspond à son vrai format et que ce format est pris en charge par le modèle (jpg, png, webp, mp4, …).',
      'Si le message indique que le média n’a pas pu être téléchargé, hébergez-le là où DashScope peut l’atteindre (même région) ou envoyez-le en base64.',
    ],
  },
  'dashscope/empty-input': {
    title: 'Entrée vide',
    explanation:
      'La requête à l’API native n’a pas d’objet "input" (table des codes d’erreur : « l’entrée de la requête ne peut pas être vide »).',
    fix: ['Ajoutez l’objet "input", avec "messages" (ou "prompt") à l’intérieur.'],
  },
  'dashscope/empty-parameters': {
    title: '"parameters" manquant',
    explanation:
      'La requête à l’API native n’a pas l’objet "parameters" qu’exige cet endpoint (table des codes d’erreur : « les paramètres de la requête ne peuvent pas être vides »).',
    fix: ['Ajoutez un objet "parameters" (il peut valoir {} ou contenir result_format, max_tokens, …).'],
  },
  'dashscope/empty-model': {
    title: '"model" manquant',
    explanation:
      'La requête ne nomme aucun modèle (table des codes d’erreur : « le modèle de la requête ne peut pas être vide »).',
    fix: ['Ajoutez "model" avec un identifiant de modèle Model Studio, par ex. "qwen-plus".'],
  },
  'dashscope/invalid-url': {
    title: 'URL invalide',
    explanation:
      'Une URL de la requête est incorrecte (table des codes d’erreur : « l’URL demandée est erronée ») : le chemin de l’endpoint n’existe pas pour ce modèle, ou l’URL d’un fichier ou d’une image en entrée est mal formée, inaccessible ou ne pointe pas vers une image.',
    fix: [
      'Vérifiez le chemin de l’endpoint pour le modèle (text-generation ou multimodal-generation, compatible-mode ou api/v1).',
      'Vérifiez que chaque URL de média est une URL http(s) valide et publique qui pointe directement vers le fichier.',
    ],
  },
  'dashscope/arrearage': {
    title: 'Compte en impayé (Arrearage)',
    explanation:
      'L’accès a été refusé parce que le compte Alibaba Cloud propriétaire de la clé d’API a un retard de paiement (table des codes d’erreur : « l’accès du compte client a été refusé pour cause d’impayés »). C’est un 400, pas un 402, et aucun changement de paramètre n’y fera rien.',
    fix: [
      'Ouvrez Expenses and Costs dans la console Alibaba Cloud, réglez l’impayé ou rechargez le compte, puis attendez quelques minutes que l’état se mette à jour.',
      'Si le compte n’est pas en impayé, vérifiez que la clé d’API appartient bien au compte que vous croyez ; les plans de ressources ne couvrent que les modèles et niveaux qu’ils listent.',
    ],
  },
  'dashscope/unsupported-operation': {
    title: 'Opération non prise en charge sur cet objet',
    explanation:
      'L’objet visé par l’appel (fichier, tâche de fine-tuning, déploiement, …) ne prend pas en charge cette opération (table des codes d’erreur : « l’objet associé ne prend pas en charge l’opération »), par exemple la suppression d’une tâche de fine-tuning déjà terminée.',
    fix: ['Vérifiez que l’opération convient à l’objet et à son état actuel ; le message précise le cas.'],
  },
  'dashscope/invalid-api-key': {
    title: 'Clé d’API invalide',
    explanation:
      'La clé d’API de la requête est incorrecte (table des codes d’erreur : « l’ApiKey de la requête est erronée ») : mal saisie, supprimée, clé d’un autre fournisseur, lue dans la mauvaise variable d’environnement, ou clé d’une région envoyée à l’endpoint de l’autre région (Pékin dashscope.aliyuncs.com ou Singapour dashscope-intl.aliyuncs.com).',
    fix: [
      'Utilisez une clé Model Studio (elle commence par sk-) de la même région que l’URL de base.',
      'Dans le code, lisez-la avec os.getenv("DASHSCOPE_API_KEY"), et non os.getenv("sk-…").',
    ],
  },
  'dashscope/access-denied': {
    title: 'Accès refusé',
    explanation:
      'La clé n’a pas le droit d’utiliser cette API ou ce modèle (table des codes d’erreur : « pas d’autorisation d’accès à cette API, par ex. le modèle est en test sur invitation et l’accès doit être demandé »). L’erreur apparaît aussi quand le quota gratuit du modèle est épuisé et qu’il ne peut pas être payé, et pour un appel synchrone à une API uniquement asynchrone (ou l’inverse).',
    fix: [
      'Demandez l’accès sur la fiche du modèle dans la console Model Studio, ou utilisez un autre modèle.',
      'Pour les API uniquement asynchrones, envoyez X-DashScope-Async: enable (et retirez-le pour celles uniquement synchrones).',
    ],
  },
  'dashscope/access-denied-unpurchased': {
    title: 'Model Studio non activé',
    explanation:
      'Le compte n’a pas activé (acheté) ce produit (table des codes d’erreur : « le client n’a pas activé ce produit ») ; typiquement, Model Studio n’a jamais été ouvert pour ce compte.',
    fix: [
      'Connectez-vous avec le compte principal, ouvrez Model Studio (Pékin ou Singapour) et acceptez le contrat de service pour l’activer ; effectuez la vérification d’identité (nom réel) si elle est demandée.',
    ],
  },
  'dashscope/model-access-denied': {
    title: 'Pas d’accès à ce modèle ou à cet espace de travail',
    explanation:
      'L’espace de travail de la clé n’a pas reçu l’autorisation d’utiliser ce modèle (les sous-espaces de travail exigent une autorisation explicite par modèle), ou la clé n’appartient pas à cet espace de travail.',
    fix: ['Autorisez le modèle pour l’espace de travail dans la console Model Studio, ou utilisez la clé du compte principal.'],
  },
  'dashscope/free-tier-only': {
    title: 'Quota gratuit épuisé (« free tier only » activé)',
    explanation:
      'Le quota gratuit du modèle est épuisé et l’option « use free tier only » est activée sur le compte : Model Studio s’arrête au lieu de facturer.',
    fix: [
      'Désactivez « use free tier only » pour le modèle dans la console Model Studio afin de continuer en payant, ou changez de modèle.',
    ],
  },
  'dashscope/model-not-found': {
    title: 'Modèle introuvable',
    explanation:
      'L’identifiant du modèle n’existe pas dans cette région, est mal orthographié, ou est un nom de la communauté open source au lieu de l’identifiant Model Studio (Qwen/Qwen3-235B-A22B-Instruct-2507 au lieu de qwen3-235b-a22b-instruct-2507).',
    fix: ['Utilisez l’identifiant exact du modèle tel qu’il figure dans la liste des modèles Model Studio de votre région.'],
  },
  'dashscope/request-timeout': {
    title: 'Délai de requête dépassé',
    explanation:
      'L’appel a duré plus longtemps que DashScope n’attend (environ 300 secondes pour une génération sans streaming) et a été interrompu (table des codes d’erreur : « délai de requête dépassé »).',
    fix: [
      'Réessayez en streaming : la sortie est renvoyée au fil de la génération, ce qui évite l’expiration.',
      'Réduisez max_tokens ou découpez les longues tâches.',
    ],
  },
  'dashscope/payload-too-large': {
    title: 'Corps de requête trop volumineux',
    explanation:
      'La passerelle d’accès a rejeté le corps de la requête comme trop volumineux (table des codes d’erreur). Cela arrive avec des contextes très longs comme qwen-long : au-delà d’environ 1M de tokens, le contenu doit être téléversé comme fichier (file-id) au lieu d’être placé dans le corps de la requête, qui dépasserait sinon la limite de taille de l’interface. Les téléversements de fichiers ont leurs propres plafonds (150 Mo pour les documents, 20 Mo pour les images).',
    fix: [
      'Téléversez les gros documents via l’API de fichiers et référencez-les par file-id.',
      'Découpez l’entrée ou envoyez moins de pièces jointes, ou des pièces jointes plus petites.',
    ],
  },
  'dashscope/input-download-failed': {
    title: 'Impossible de télécharger le fichier d’entrée',
    explanation:
      'DashScope n’a pas réussi à télécharger un fichier d’entrée (table des codes d’erreur : « le téléchargement a expiré ou échoué, ou le fichier dépasse la taille limite ; le message donne le détail »).',
    fix: [
      'Vérifiez que l’URL est publique et téléchargeable depuis Alibaba Cloud (la même région est le plus sûr) et que le fichier respecte la taille limite.',
      'Réessayez une fois si le message évoque un délai dépassé.',
    ],
  },
  'dashscope/unsupported-file-format': {
    title: 'Format de fichier d’entrée non pris en charge',
    explanation:
      'Le format du fichier d’entrée ne fait pas partie de ceux qu’accepte ce modèle (table des codes d’erreur : « le format du fichier d’entrée n’est pas pris en charge »). C’est l’encodage réel qui compte, pas l’extension du fichier.',
    fix: ['Convertissez le fichier dans un format pris en charge (vérifiez son type réel avec `file` ou ffprobe).'],
  },
  'dashscope/throttling': {
    title: 'Limitation de débit',
    explanation:
      'L’appel a déclenché la limitation de débit de DashScope (table des codes d’erreur : « l’appel à l’interface a déclenché la limitation de débit »).',
    fix: ['Attendez et réessayez avec backoff ; réduisez le rythme des requêtes ou la concurrence.'],
  },
  'dashscope/rate-quota': {
    title: 'Limite de fréquence des requêtes dépassée',
    explanation:
      'La fréquence des appels a dépassé la limite du modèle, par exemple en requêtes par seconde ou par minute (table des codes d’erreur : « la fréquence des appels a déclenché la limitation de débit »).',
    fix: [
      'Attendez un instant et réessayez avec un backoff exponentiel.',
      'Répartissez les requêtes uniformément ; consultez la limite RPM du modèle sur la page des limites de débit de Model Studio.',
    ],
  },
  'dashscope/burst-rate': {
    title: 'Hausse trop brutale du débit de requêtes',
    explanation:
      'Les requêtes ont augmenté trop vite ; même sous la limite nominale, un pic soudain déclenche la protection de stabilité de DashScope.',
    fix: ['Réessayez avec backoff et augmentez le trafic progressivement (mettez les requêtes en file d’attente ou cadencez-les).'],
  },
  'dashscope/allocation-quota': {
    title: 'Quota de tokens par fenêtre de temps dépassé',
    explanation:
      'L’utilisation sur une fenêtre de temps a dépassé le quota alloué, par exemple en tokens générés par minute (table des codes d’erreur : « le volume d’appels sur une période a déclenché la limitation de débit, par ex. tokens par minute »). En mode compatible, l’erreur arrive sous la forme insufficient_quota avec la phrase de facturation d’OpenAI, mais sur DashScope c’est une limite TPM/TPS qui se lève dans la minute.',
    fix: [
      'Réessayez après une courte attente ; réduisez la concurrence, max_tokens ou la taille des requêtes.',
      'Si cela persiste, demandez une limite de quota plus élevée pour le modèle.',
    ],
  },
  'dashscope/free-allocated-quota': {
    title: 'Quota gratuit épuisé',
    explanation:
      'Le quota gratuit est épuisé (ou a expiré) et le modèle n’est pas ouvert à l’accès payant (table des codes d’erreur : « le quota gratuit est épuisé et le modèle n’a pas été ouvert à l’accès facturé »). Contrairement à l’autre message Throttling.AllocationQuota, attendre n’y change rien.',
    fix: [
      'Activez l’accès payant (paiement à l’usage) pour le modèle dans la console Model Studio s’il le propose.',
      'Sinon, passez à un autre modèle.',
    ],
  },
  'dashscope/internal-error': {
    title: 'Erreur interne',
    explanation:
      'DashScope a subi une défaillance interne (table des codes d’erreur : « erreur interne »). Les modèles Qwen-Omni renvoient aussi cette erreur quand ils sont appelés sans streaming.',
    fix: [
      'Réessayez après une courte attente ; si cela persiste, signalez le request_id au support Alibaba Cloud.',
      'Qwen-Omni : appelez-le en streaming.',
    ],
  },
  'dashscope/internal-error-algo': {
    title: 'Erreur interne de l’algorithme',
    explanation:
      'Le service du modèle a échoué pendant l’exécution (table des codes d’erreur : « erreur interne de l’algorithme »). Seul un 500 est une panne du serveur : le même mot "InternalError.Algo" dans un préfixe de message "<400> InternalError.Algo.InvalidParameter:" est une erreur client.',
    fix: [
      'Réessayez ; si la même requête échoue à chaque fois, changez de modèle ou de prompt (un appel d’outil que le modèle a produit en JSON invalide finit aussi ici).',
    ],
  },
  'dashscope/system-error': {
    title: 'Erreur système',
    explanation: 'Une défaillance au niveau système côté DashScope (table des codes d’erreur : « erreur système »).',
    fix: ['Réessayez après une courte attente.'],
  },
  'dashscope/internal-timeout': {
    title: 'Délai de la tâche asynchrone dépassé',
    explanation:
      'Une tâche asynchrone a été transmise par la passerelle au service d’algorithme et n’a produit aucun résultat en 3 heures ; elle a donc expiré (table des codes d’erreur).',
    fix: ['Soumettez à nouveau la tâche ; si elle continue d’expirer, contactez le support avec les identifiants de tâche et de requête.'],
  },
  'dashscope/internal-error-data-inspection': {
    title: 'Échec interne du contrôle de contenu',
    explanation:
      'Le contrôle de sécurité du contenu a lui-même échoué pendant l’inspection de la requête (table des codes d’erreur : « erreur interne d’inspection des données ») ; ce n’est pas un verdict sur le contenu.',
    fix: ['Réessayez après une courte attente.'],
  },
  'dashscope/model-unavailable': {
    title: 'Modèle temporairement indisponible',
    explanation:
      'Le modèle ne peut pas répondre pour l’instant, ou sa capacité est saturée et les requêtes sont limitées pour tout le monde.',
    fix: ['Réessayez plus tard avec backoff, ou passez à un autre modèle.'],
  },
  // ------------------------------------------------------------------ relay.ts
  'relay/gemini-part-data-missing': {
    title: 'Partie Gemini sans données',
    explanation:
      'Une partie (part) de contenu Gemini n’a aucun champ de données renseigné (ni text, ni inlineData, ni fileData, ni functionCall, …), typiquement une image dont les données sont vides ou n’ont jamais été remplies. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Assurez-vous que chaque partie porte exactement un champ parmi text / inlineData / fileData / functionCall / functionResponse ; supprimez les parties d’image vides.',
    ],
  },
  'relay/cannot-fetch-url': {
    title: 'Gemini ne peut pas récupérer l’URL',
    explanation:
      'Gemini n’a pas pu télécharger le fichier ou l’image à l’URL indiquée dans la requête (privée, derrière une connexion, bloquée, ou pas un lien direct vers le fichier). La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Utilisez un lien public et direct vers le fichier, ou envoyez les données en ligne (base64) ou via la Files API.',
    ],
  },
  'relay/invalid-argument': {
    title: 'Argument invalide (Gemini)',
    explanation:
      'Gemini a rejeté un paramètre : un champ au mauvais format, ou un paramètre que le modèle ne prend pas en charge (par exemple un réglage de réflexion sur un modèle sans réflexion, ou une fonctionnalité d’outil ou de schéma qui lui manque). Gemini ne dit pas lequel. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Retirez les paramètres facultatifs un par un (réflexion, outils, schéma de réponse, paramètres de sécurité) pour trouver celui que le modèle rejette.',
      'Vérifiez les valeurs par rapport aux limites documentées du modèle.',
    ],
  },
  'relay/input-token-count-exceeded': {
    title: 'Entrée au-delà de la limite de contexte (Gemini)',
    explanation:
      'Le nombre de tokens en entrée dépasse la fenêtre de contexte du modèle. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Raccourcissez l’entrée : supprimez les anciens tours, résumez, ou envoyez moins de fichiers ou des fichiers plus petits.',
      'Ou utilisez un modèle doté d’une fenêtre de contexte plus grande.',
    ],
  },
  'relay/azure-content-filter': {
    title: 'Bloqué par le filtrage de contenu Azure',
    explanation:
      'Le filtre de contenu d’Azure OpenAI a signalé le prompt (haine, contenu sexuel, violence, automutilation, ou tentative de jailbreak) et l’a refusé. La table du relais le compte comme un problème de requête utilisateur : le même prompt et le même historique échoueront à nouveau.',
    fix: [
      'Reformulez ou supprimez le contenu signalé ; démarrez une nouvelle conversation s’il se trouve dans l’historique.',
      'Le champ innererror.content_filter_result du corps indique quelle catégorie a été filtrée.',
    ],
  },
  'relay/unrecognized-argument': {
    title: 'Paramètre inconnu du modèle cible',
    explanation:
      'La requête contient un paramètre que l’API cible n’accepte pas (enable_thinking est une extension DashScope/Qwen qu’Azure/OpenAI rejettent). La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Retirez le paramètre, ou ne l’envoyez qu’aux fournisseurs qui le prennent en charge (clients de chat : désactivez l’option de réflexion pour ce modèle).',
    ],
  },
  'relay/image-thought-signature-missing': {
    title: 'Le relais a perdu la signature de pensée d’une image',
    explanation:
      'Gemini 3 exige que la thought_signature d’une partie d’image générée soit renvoyée au tour suivant ; la conversion du contenu image_url par le relais ne l’a pas transmise. La table du relais classe ce cas en « bug de code » : il faut corriger le code du relais (ou envoyer l’historique au format natif de Gemini).',
    fix: [
      'Signalez-le à l’opérateur du relais (la branche image_url de la conversion Gemini doit conserver thoughtSignature).',
      'Contournement : appelez l’endpoint Gemini natif, ou retirez l’image générée de l’historique.',
    ],
  },
  'relay/output-format-unsupported': {
    title: 'Format de sortie non pris en charge par le modèle',
    explanation:
      'Le modèle ne peut pas produire le format de sortie demandé (un format d’image ou d’audio, ou un format de réponse, qu’il ne propose pas). La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Demandez un format documenté pour le modèle (par ex. png au lieu de webp), ou utilisez un autre modèle.',
    ],
  },
  'relay/corrupted-thought-signature': {
    title: 'Signature de pensée corrompue',
    explanation:
      'Une requête multitour a renvoyé une thought_signature endommagée ou qui n’est plus valide (modifiée, tronquée, ou issue d’un autre modèle ou d’une autre session). La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Renvoyez les signatures de pensée exactement telles que le modèle les a produites, ou supprimez-les avec leur tour et repartez de zéro.',
    ],
  },
  'relay/encrypted-content-unverified': {
    title: 'Contenu de raisonnement chiffré rejeté',
    explanation:
      'La requête contient du contenu chiffré (encrypted_content du raisonnement OpenAI) que le fournisseur ne peut pas déchiffrer, généralement parce qu’il a été produit avec une autre clé, une autre organisation ou un autre canal du relais. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Retirez de l’historique les éléments de raisonnement chiffrés, ou gardez une conversation sur une seule clé ou un seul canal du début à la fin.',
    ],
  },
  'relay/invalid-function-schema': {
    title: 'Schéma de fonction invalide',
    explanation:
      'Le schéma des paramètres d’un outil n’est pas valide pour l’API (pas un objet au premier niveau, un tableau sans items, un mot-clé non pris en charge). La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Corrigez le schéma indiqué par le message : type "object" au premier niveau avec properties ; chaque tableau doit avoir items.',
    ],
  },
  'relay/empty-text-block': {
    title: 'Bloc de texte vide',
    explanation:
      'Un message contient un bloc de contenu texte avec une chaîne vide ; Anthropic rejette ces blocs. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Supprimez les blocs de texte vides (ou le message vide) avant l’envoi.',
    ],
  },
  'relay/unexpected-tool-use-id': {
    title: 'tool_result sans son tool_use',
    explanation:
      'Un bloc tool_result fait référence à un identifiant tool_use que le message assistant précédent ne contient pas (historique tronqué, réordonné ou fusionné). La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Gardez chaque tool_use et son tool_result ensemble dans des messages consécutifs ; supprimez les blocs tool_result orphelins.',
    ],
  },
  'relay/bedrock-invalid-beta-flag': {
    title: 'Option bêta invalide (Bedrock)',
    explanation:
      'La requête demande une bêta Anthropic (en-tête anthropic-beta ou champ anthropic_beta) qu’AWS Bedrock n’accepte pas pour ce modèle. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Retirez l’option bêta, ou n’envoyez que les bêtas que Bedrock liste pour le modèle.',
    ],
  },
  'relay/prompt-too-long': {
    title: 'Prompt trop long (Claude)',
    explanation:
      'Le prompt compte plus de tokens que le modèle Claude n’en accepte. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Élaguez ou résumez l’historique, envoyez moins de fichiers, ou compactez la conversation.',
      'Ou utilisez un modèle doté d’une fenêtre de contexte plus grande.',
    ],
  },
  'relay/image-size-limit': {
    title: 'Image vide ou de plus de 20 Mo',
    explanation:
      'Une image est vide ou dépasse les 20 Mo (20971520 octets) qu’accepte l’amont ; certains canaux le signalent en 429, mais attendre n’y change rien. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Compressez ou redimensionnez l’image sous les 20 Mo, et vérifiez qu’elle n’est pas vide.',
    ],
  },
  'relay/request-exceeds-maximum-size': {
    title: 'Corps de requête trop volumineux',
    explanation:
      'Le corps complet de la requête dépasse ce qu’autorise le modèle ou le serveur en amont (Anthropic : 32 Mo), généralement à cause d’images ou de documents en base64 nombreux ou volumineux. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Envoyez moins de pièces jointes par requête, ou des pièces jointes plus petites, ou téléversez les fichiers et référencez-les au lieu du base64.',
    ],
  },
  'relay/input-tokens-exceed-configured-limit': {
    title: 'Entrée au-delà de la limite de tokens configurée',
    explanation:
      'Les messages comptent plus de tokens d’entrée que la limite configurée du modèle (272000 ici). L’erreur arrive en 429, mais ce n’est pas une limite de débit : la même requête échoue toujours. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Réduisez la longueur des messages (supprimez ou résumez les anciens tours).',
    ],
  },
  'relay/image-token-count-error': {
    title: 'Le relais n’a pas pu lire une image',
    explanation:
      'Le relais n’a pas pu décoder une image pour compter ses tokens (format non pris en charge ou invalide, ou URL qui renvoie autre chose qu’une image). L’erreur est signalée en 500, mais c’est l’image qui est en cause. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Envoyez une vraie image png/jpeg/webp/gif (vérifiez que l’URL renvoie bien les octets de l’image, et non une page HTML ou un fichier vide).',
    ],
  },
  'relay/file-download-failed': {
    title: 'Le relais n’a pas pu télécharger un fichier',
    explanation:
      'Le relais a tenté de télécharger un fichier depuis une URL de la requête et l’URL a répondu par une erreur (statut 400 ici) : l’URL est invalide ou inaccessible depuis le relais. La table d’erreurs du relais classe ce cas en « problème de requête utilisateur » : c’est la requête elle-même qu’il faut modifier, le relais ne peut pas la corriger.',
    fix: [
      'Utilisez une URL de fichier publique et directe que le relais peut télécharger, ou envoyez le fichier en ligne (base64).',
    ],
  },
  'relay/model-name-required': {
    title: 'Aucun modèle dans la requête',
    explanation:
      'Le relais n’a pas pu router la requête, car elle ne nomme aucun modèle.',
    fix: [
      'Ajoutez "model" au corps de la requête (ou le segment de modèle de l’URL pour les appels au format Gemini).',
    ],
  },
  'relay/internal-error-encountered': {
    title: 'Erreur interne en amont',
    explanation:
      'Le service en amont (Gemini) a rencontré une erreur interne ; le relais la transmet avec le statut reçu, 400 ici. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête.',
    fix: [
      'Réessayez après une courte attente.',
      'Si cela persiste pour la même requête, raccourcissez l’entrée ou changez de modèle, et prévenez l’opérateur du relais.',
    ],
  },
  'relay/bedrock-legacy-model': {
    title: 'Modèle Legacy plus disponible (Bedrock)',
    explanation:
      'AWS Bedrock classe ce modèle en Legacy et ne le conserve que pour les comptes qui l’ont utilisé au cours des 15 derniers jours ; ce n’est pas le cas du compte Bedrock du relais, l’accès est donc perdu. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête. Réessayer ne le rendra pas disponible.',
    fix: [
      'Passez à un modèle actuel (une version plus récente de Claude).',
      'Ou demandez à l’opérateur du relais d’utiliser un compte qui y a encore accès.',
    ],
  },
  'relay/gemini-empty-response': {
    title: 'Gemini a renvoyé une réponse vide',
    explanation:
      'Gemini a répondu sans aucun contenu exploitable dans ses candidates (défaillance temporaire ou surcharge du modèle ; les modèles à réflexion ne renvoient parfois que des pensées). Le relais le signale en 429, mais ce n’est pas votre limite de débit. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête.',
    fix: [
      'Réessayez dans un instant.',
      'Si cela se répète après des appels d’outils, augmentez le nombre maximal de tokens de sortie ou réduisez le budget de réflexion.',
    ],
  },
  'relay/openai-error-503': {
    title: 'Amont indisponible (openai_error)',
    explanation:
      'L’amont a répondu 503 avec pour seule information un "openai_error" générique : il est indisponible ou surchargé. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête.',
    fix: [
      'Réessayez plus tard avec backoff, ou choisissez un autre modèle ou un autre groupe sur le relais.',
    ],
  },
  'relay/model-high-demand': {
    title: 'Modèle très sollicité',
    explanation:
      'Le modèle en amont est actuellement surchargé pour tout le monde. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête.',
    fix: [
      'Réessayez avec backoff après une courte attente, ou passez à un modèle plus léger (par ex. une variante Flash).',
    ],
  },
  'relay/bad-response-status-504': {
    title: 'Délai de passerelle dépassé en amont',
    explanation:
      'Le relais a reçu un 504 de l’amont : une passerelle placée devant le fournisseur a cessé d’attendre le modèle. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête.',
    fix: [
      'Réessayez ; utilisez le streaming pour les longues générations afin que la connexion ne reste pas inactive.',
    ],
  },
  'relay/upstream-busy': {
    title: 'Amont occupé (上游服务繁忙)',
    explanation:
      'Le relais signale que le service en amont est temporairement occupé ou surchargé. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête.',
    fix: [
      'Réessayez après une courte attente.',
    ],
  },
  'relay/backend-returned-error': {
    title: 'Erreur du backend en amont',
    explanation:
      'Le backend derrière le relais a subi une défaillance temporaire. La table d’erreurs du relais classe ce cas en « problème en amont » : c’est le fournisseur derrière le relais qui a échoué, pas votre requête.',
    fix: [
      'Réessayez plus tard, ou démarrez une nouvelle conversation comme le suggère le message.',
    ],
  },
  'relay/upstream-saturated': {
    title: 'Charge saturée en amont (429 réécrit par le relais)',
    explanation:
      'Le relais a reçu un 429 de l’amont et a remplacé le message par un message générique de « charge saturée ». Le plus souvent, l’amont applique une limite de débit, mais ce même masque couvre aussi une clé en amont à court de quota : si type/code indiquent insufficient_quota ou billing_not_active, réessayer n’aidera pas.',
    fix: [
      'Réessayez après une courte attente.',
      'Si cela se reproduit, lisez error.type / error.code et prévenez l’opérateur du relais (le canal est peut-être à court de quota).',
    ],
  },
  'relay/bedrock-security-token-invalid': {
    title: 'Identifiants AWS en amont invalides',
    explanation:
      'AWS a rejeté la clé d’accès utilisée par le canal Bedrock du relais (supprimée, désactivée, ou compte fermé). La table d’erreurs du relais classe ce cas en « ressources en amont épuisées ou compte fournisseur invalide » : le compte que le relais utilise en amont n’a plus de quota ou n’est plus valide.',
    fix: [
      'Prévenez l’opérateur du relais : le canal Bedrock a besoin d’identifiants AWS valides (ou doit être désactivé).',
      'En attendant, utilisez un autre modèle ou un autre groupe.',
    ],
  },
  'relay/concurrency-limit': {
    title: 'Limite de concurrence dépassée',
    explanation:
      'Le compte en amont (ou une passerelle placée devant lui) a trop de requêtes en cours pour cet utilisateur et en a refusé une de plus. La table d’erreurs du relais classe ce cas en « ressources en amont épuisées ou compte fournisseur invalide » : le compte que le relais utilise en amont n’a plus de quota ou n’est plus valide. Cela se résorbe quand les requêtes en cours se terminent.',
    fix: [
      'Réessayez après une courte attente ; envoyez moins de requêtes en parallèle.',
    ],
  },
  'relay/upstream-quota-exceeded': {
    title: 'Quota en amont épuisé',
    explanation:
      'Le compte fournisseur derrière le relais a épuisé son quota : crédits ou plafond de dépenses OpenAI, ou quota journalier Gemini ("limit: 0" sur une métrique par jour signifie que ce modèle n’a aucune allocation gratuite sur ce projet). La table d’erreurs du relais classe ce cas en « ressources en amont épuisées ou compte fournisseur invalide » : le compte que le relais utilise en amont n’a plus de quota ou n’est plus valide. Réessayer n’aidera pas tant que l’opérateur n’aura pas rechargé le compte ou changé de clé.',
    fix: [
      'Prévenez l’opérateur du relais que le quota en amont de ce canal est épuisé.',
      'En attendant, utilisez un autre modèle ou un autre groupe.',
    ],
  },
  'relay/gemini-paid-tier-limit': {
    title: 'Limite du niveau payant Gemini atteinte en amont',
    explanation:
      'Le projet Gemini du relais a atteint une limite de son niveau payant, ici les tokens d’entrée par minute (8 000 000 au niveau 3). La table d’erreurs du relais classe ce cas en « ressources en amont épuisées ou compte fournisseur invalide » : le compte que le relais utilise en amont n’a plus de quota ou n’est plus valide. Les métriques par minute se rechargent : un nouvel essai après le délai indiqué peut donc réussir, ce qui ne serait pas le cas avec une métrique par jour.',
    fix: [
      'Réessayez après le délai indiqué dans le message (« Please retry in … »).',
      'Si cela se reproduit, demandez à l’opérateur du relais de répartir la charge sur davantage de projets ou de passer à un niveau supérieur.',
    ],
  },
  'relay/resource-exhausted': {
    title: 'Ressources épuisées en amont (429 Gemini)',
    explanation:
      'Le 429 générique de Google : le projet Gemini du relais a épuisé son allocation, généralement une limite par minute. La table d’erreurs du relais classe ce cas en « ressources en amont épuisées ou compte fournisseur invalide » : le compte que le relais utilise en amont n’a plus de quota ou n’est plus valide. Un nouvel essai après une courte attente fonctionne souvent ; si cela échoue toute la journée, c’est que le quota journalier du projet est épuisé.',
    fix: [
      'Réessayez avec backoff après une courte attente.',
      'Si cela persiste, prévenez l’opérateur du relais que le quota du canal est épuisé.',
    ],
  },
  'relay/too-many-tokens-per-day': {
    title: 'Quota journalier de tokens épuisé en amont (Bedrock)',
    explanation:
      'Le compte AWS Bedrock du relais a atteint son quota de tokens par jour pour ce modèle. La table d’erreurs du relais classe ce cas en « ressources en amont épuisées ou compte fournisseur invalide » : le compte que le relais utilise en amont n’a plus de quota ou n’est plus valide. Il se réinitialise le lendemain, ou quand l’opérateur relève le quota.',
    fix: [
      'Utilisez un autre modèle ou un autre groupe pour l’instant.',
      'Prévenez l’opérateur du relais (augmentation du quota de service Bedrock, ou autre compte ou région).',
    ],
  },
  'relay/extra-usage-long-context': {
    title: 'Le contexte long exige l’usage supplémentaire (Claude)',
    explanation:
      'La requête utilise le contexte long de Claude (1M de tokens), auquel le compte en amont n’a pas droit sans usage supplémentaire (extra usage) / facturation du contexte long. La table d’erreurs du relais classe ce cas en « ressources en amont épuisées ou compte fournisseur invalide » : le compte que le relais utilise en amont n’a plus de quota ou n’est plus valide.',
    fix: [
      'Restez dans la fenêtre de contexte standard (retirez la bêta de contexte 1M / la variante de modèle [1m], ou compactez la conversation).',
      'Ou demandez à l’opérateur du relais un canal ayant accès au contexte long.',
    ],
  },
  'relay/html-instead-of-json': {
    title: 'L’amont a répondu en HTML, pas en JSON',
    explanation:
      'Le relais attendait du JSON de l’amont mais a reçu une page HTML (page 404, challenge Cloudflare, page de connexion ou de blocage), presque toujours parce que l’URL de base du canal est fausse, typiquement un "/" final ou un "/v1" en trop. La table d’erreurs du relais classe ce cas en « mauvaise configuration de l’API du canal » : l’opérateur du relais doit corriger le canal.',
    fix: [
      'Opérateur du relais : retirez le "/" final (et tout /v1 en double) de l’URL de base de l’API du canal, puis testez le canal.',
      'Utilisateur : prévenez l’opérateur, ou choisissez un autre modèle ou groupe en attendant.',
    ],
  },
  'relay/bad-response-html': {
    title: 'Chemin introuvable en amont (URL de base du canal)',
    explanation:
      'L’amont a répondu 404 au relais, généralement par une page HTML, parce que l’URL de base du canal et le chemin de l’API font doublon (…/api/v1 + /v1/chat/completions). La table d’erreurs du relais classe ce cas en « mauvaise configuration de l’API du canal » : l’opérateur du relais doit corriger le canal.',
    fix: [
      'Opérateur du relais : définissez l’URL de base du canal sans le chemin de version (le relais ajoute /v1/…), puis testez le canal.',
    ],
  },
  'relay/do-request-failed': {
    title: 'Le relais n’a pas pu joindre l’amont',
    explanation:
      'Le relais n’a pas pu se connecter du tout au fournisseur (DNS, TLS, connexion refusée, proxy). La table d’erreurs du relais classe ce cas en « mauvaise configuration de l’API du canal » : l’opérateur du relais doit corriger le canal.',
    fix: [
      'Opérateur du relais : vérifiez l’URL de base du canal, le proxy et la sortie réseau ; testez le canal.',
      'Utilisateur : réessayez plus tard ou choisissez un autre groupe.',
    ],
  },
  'relay/no-available-channel': {
    title: 'Aucun canal pour ce modèle dans votre groupe',
    explanation:
      'Aucun canal activé du relais ne sert ce modèle pour votre groupe : le modèle n’est pas configuré (ou il est mal orthographié, ou vide), votre groupe diffère de celui des canaux, ou tous ses canaux ont été désactivés automatiquement. La table d’erreurs du relais classe ce cas en « mauvaise configuration de l’API du canal » : l’opérateur du relais doit corriger le canal.',
    fix: [
      'Vérifiez le nom du modèle dans la liste des modèles du relais (orthographe exacte, sans préfixe de fournisseur).',
      'Opérateur du relais : ajoutez le modèle à un canal de ce groupe, ou réactivez les canaux désactivés.',
    ],
  },
  'relay/no-available-channel-distributor': {
    title: 'Aucun canal disponible (distributeur)',
    explanation:
      'Le distributeur du relais n’a trouvé aucun canal utilisable pour le modèle dans ce groupe. La table du relais le classe en « problème du serveur local » (le distributeur interne est mal configuré) : l’opérateur doit vérifier la configuration des canaux.',
    fix: [
      'Opérateur du relais : vérifiez qu’un canal de ce groupe liste le modèle et qu’il est activé.',
      'Utilisateur : vérifiez le nom du modèle, ou essayez un autre groupe ou modèle.',
    ],
  },
  'relay/system-cpu-overloaded': {
    title: 'Serveur du relais surchargé',
    explanation:
      'Le serveur du relais déleste la charge parce que sa propre utilisation du CPU (ou de la mémoire) dépasse son seuil de protection. La table d’erreurs du relais classe ce cas en « problème du serveur local » : c’est le serveur du relais lui-même, pas le fournisseur. Cela passe quand la charge baisse.',
    fix: [
      'Réessayez après une courte attente.',
      'Opérateur du relais : donnez plus de ressources au serveur ou réduisez la charge.',
    ],
  },
  'relay/no-token-available': {
    title: 'Réserve de jetons du relais vide (没有可用token)',
    explanation:
      'Le relais n’a plus aucun jeton amont dans sa réserve pour servir la requête (tous épuisés, expirés ou impossibles à attribuer). La table d’erreurs du relais classe ce cas en « problème du serveur local » : c’est le serveur du relais lui-même, pas le fournisseur.',
    fix: [
      'Opérateur du relais : vérifiez la configuration de la réserve de jetons/comptes et réapprovisionnez-la.',
      'Utilisateur : réessayez plus tard ou utilisez un autre relais ou modèle.',
    ],
  },
  'relay/channel-no-available-key': {
    title: 'Canal sans clé utilisable',
    explanation:
      'Toutes les clés du canal sélectionné du relais sont désactivées ou épuisées : le relais ne peut pas appeler le fournisseur.',
    fix: [
      'Opérateur du relais : ajoutez ou réactivez des clés sur le canal.',
      'Utilisateur : réessayez plus tard ou utilisez un autre groupe ou modèle.',
    ],
  },
  'relay/user-quota-insufficient': {
    title: 'Solde du relais insuffisant',
    explanation:
      'Votre solde sur le relais est épuisé (ou trop bas pour le prélèvement anticipé de cette requête) ; le relais refuse avant d’appeler le fournisseur. Il s’agit du compte sur le relais, pas de celui du fournisseur.',
    fix: [
      'Rechargez votre solde dans la console du relais (ou utilisez un code d’échange).',
      'Ou réduisez max_tokens pour que le prélèvement anticipé tienne dans le solde.',
    ],
  },
  'relay/token-quota-exhausted': {
    title: 'Quota du jeton du relais épuisé',
    explanation:
      'La clé d’API du relais (令牌) a épuisé le quota que son propriétaire lui a fixé. Le solde du compte peut très bien être suffisant : la limite porte sur cette clé.',
    fix: [
      'Dans la console du relais, augmentez le quota de ce jeton ou rendez-le illimité (ou utilisez un autre jeton).',
    ],
  },
  'relay/token-not-provided': {
    title: 'Aucun jeton du relais envoyé',
    explanation:
      'La requête est arrivée au relais sans clé d’API (Authorization: Bearer sk-…).',
    fix: [
      'Envoyez le jeton du relais dans l’en-tête Authorization (Bearer …) ou dans l’en-tête que le client utilise pour ce relais.',
    ],
  },
  'relay/token-invalid': {
    title: 'Jeton du relais invalide',
    explanation:
      'Le relais ne connaît pas cette clé d’API : mal copiée, supprimée, ou clé d’un autre relais ou fournisseur envoyée à cette URL de base.',
    fix: [
      'Recopiez le jeton depuis la console de ce relais et vérifiez que l’URL de base est bien celle de ce relais.',
    ],
  },
  'relay/token-expired': {
    title: 'Jeton du relais expiré',
    explanation:
      'La clé d’API du relais a dépassé la date d’expiration fixée par son propriétaire.',
    fix: [
      'Prolongez l’expiration du jeton (ou rendez-le sans expiration) dans la console du relais, ou créez un nouveau jeton.',
    ],
  },
  'relay/token-disabled': {
    title: 'Jeton du relais désactivé',
    explanation:
      'La clé d’API du relais existe, mais elle est désactivée.',
    fix: [
      'Activez le jeton dans la console du relais, ou utilisez-en un autre.',
    ],
  },
  'relay/token-model-forbidden': {
    title: 'Jeton non autorisé pour ce modèle',
    explanation:
      'La clé d’API du relais a une liste blanche de modèles qui ne contient pas le modèle demandé.',
    fix: [
      'Ajoutez le modèle aux modèles autorisés du jeton dans la console du relais, ou demandez un modèle auquel le jeton a droit.',
    ],
  },
  'relay/user-banned': {
    title: 'Utilisateur du relais banni',
    explanation:
      'Le compte du relais propriétaire du jeton a été banni ou désactivé par l’administrateur du relais.',
    fix: [
      'Contactez l’administrateur du relais.',
    ],
  },
  'relay/request-limit-reached': {
    title: 'Limite de débit des requêtes du relais atteinte',
    explanation:
      'La limite de débit par utilisateur propre au relais (au plus N requêtes en M minutes) a été atteinte ; le fournisseur n’a pas été appelé.',
    fix: [
      'Attendez la fin de la fenêtre et réessayez ; envoyez les requêtes plus lentement.',
    ],
  },
  'relay/sensitive-words-detected': {
    title: 'Bloqué par le filtre de mots du relais',
    explanation:
      'Le contrôle des mots sensibles propre au relais a détecté une correspondance dans le prompt et l’a refusé avant qu’il n’atteigne le fournisseur.',
    fix: [
      'Reformulez le contenu signalé ; interrogez l’opérateur du relais sur le filtre s’il s’agit d’un faux positif.',
    ],
  },
  // ------------------------------------------------------------------ anthropic.ts
  'anthropic/prompt-too-long': {
    title: 'Prompt plus long que la fenêtre de contexte du modèle',
    explanation:
      'L’entrée (prompt système, messages, définitions d’outils et pièces jointes réunis) compte plus de tokens que le modèle ne peut en lire d’un coup ; la requête a donc été rejetée avant le début de la génération.',
    fix: [
      'Raccourcissez la conversation : supprimez ou résumez les anciens tours, les gros résultats d’outils et les pièces jointes.',
      'Comptez les tokens avant l’envoi (endpoint count_tokens) et gardez l’entrée sous la limite du modèle.',
      'Passez à un modèle doté d’une fenêtre de contexte plus grande, ou activez une bêta de contexte long si le modèle en propose une.',
    ],
  },
  'anthropic/input-and-max-tokens-exceed-context': {
    title: 'L’entrée plus max_tokens dépasse la fenêtre de contexte',
    explanation:
      'Les tokens d’entrée et le max_tokens demandé doivent tenir ensemble dans la fenêtre de contexte ; ici leur somme dépasse la limite, si bien qu’il ne resterait pas de place pour la réponse demandée.',
    fix: [
      'Réduisez max_tokens pour que l’entrée + max_tokens reste sous la limite de contexte.',
      'Ou raccourcissez l’entrée (anciens tours, résultats d’outils, pièces jointes).',
    ],
  },
  'anthropic/max-tokens-too-large': {
    title: 'max_tokens dépasse la limite de sortie du modèle',
    explanation:
      'Chaque modèle Claude plafonne le nombre de tokens qu’il peut générer en une réponse ; le max_tokens envoyé dépasse ce plafond, la requête a donc été refusée.',
    fix: [
      'Réglez max_tokens au maximum indiqué dans le message, ou en dessous.',
      'Si vous avez besoin de sorties plus longues, choisissez un modèle avec une limite de sortie plus élevée ou répartissez le travail sur plusieurs appels.',
    ],
  },
  'anthropic/empty-text-block': {
    title: 'Bloc de contenu texte vide',
    explanation:
      'Un bloc de contenu de type "text" a un champ text vide (ou ne contenant que des espaces). L’API Messages rejette ces blocs partout dans la conversation, y compris dans le contenu d’un tool_result.',
    fix: [
      'Supprimez les blocs de texte vides ou composés uniquement d’espaces, ou donnez-leur un vrai texte.',
      'Vérifiez le code qui construit les messages : des tours assistant vides ou des sorties d’outils vides en sont la source habituelle.',
    ],
  },
  'anthropic/tool-result-unmatched': {
    title: 'tool_result sans tool_use correspondant',
    explanation:
      'Un bloc tool_result fait référence à un tool_use_id qui n’apparaît pas comme bloc tool_use dans le message assistant qui le précède immédiatement. Cela arrive généralement après avoir tronqué ou réordonné l’historique, ou quand un identifiant tool_use a été modifié.',
    fix: [
      'Faites en sorte que le tool_use_id de chaque tool_result soit égal à l’id d’un bloc tool_use du message assistant immédiatement précédent.',
      'Quand vous tronquez l’historique, supprimez ensemble les blocs tool_use et leurs blocs tool_result.',
    ],
  },
  'anthropic/tool-use-without-result': {
    title: 'tool_use resté sans tool_result',
    explanation:
      'Un message assistant contient des blocs tool_use, mais le message user suivant ne commence pas par un tool_result pour chacun d’eux. Chaque appel d’outil doit recevoir une réponse dans le message qui suit immédiatement.',
    fix: [
      'Faites suivre chaque message assistant contenant des blocs tool_use d’un message user dont le contenu commence par un tool_result par id de tool_use.',
      'Si un outil a échoué ou a été annulé, envoyez quand même un tool_result (avec is_error: true) plutôt que de l’omettre.',
    ],
  },
  'anthropic/tool-result-not-first': {
    title: 'Les blocs tool_result doivent venir en premier',
    explanation:
      'Le message qui répond aux appels d’outils contient d’autres contenus (du texte, par exemple) avant ses blocs tool_result. Les blocs tool_result doivent ouvrir le message ; les autres contenus ne peuvent venir qu’après.',
    fix: [
      'Placez les blocs tool_result au début du message user, et mettez le texte éventuel après eux.',
    ],
  },
  'anthropic/empty-message-content': {
    title: 'Un message a un contenu vide',
    explanation:
      'Un message a pour content "" ou un tableau vide. Seul le dernier message assistant (un préremplissage) peut être vide ; tous les autres messages ont besoin d’au moins un bloc de contenu.',
    fix: [
      'Supprimez les messages au contenu vide, ou remplissez-les avec le texte ou les blocs qu’ils devaient porter.',
      'Recherchez des tours assistant enregistrés comme chaînes vides après un appel échoué ou interrompu.',
    ],
  },
  'anthropic/prefill-trailing-whitespace': {
    title: 'Le préremplissage assistant se termine par un espace',
    explanation:
      'La conversation se termine par un message assistant (un préremplissage que le modèle poursuit), et son texte finit par un espace ou un saut de ligne, ce que l’API n’accepte pas.',
    fix: [
      'Supprimez les espaces et sauts de ligne finaux du dernier message assistant.',
      'Ou supprimez complètement le préremplissage si vous ne vouliez pas en envoyer.',
    ],
  },
  'anthropic/temperature-with-top-p': {
    title: 'temperature et top_p envoyés ensemble',
    explanation:
      'Les modèles Claude récents n’acceptent qu’un seul réglage d’échantillonnage à la fois ; la requête définissait à la fois temperature et top_p.',
    fix: [
      'Retirez temperature ou top_p de la requête (gardez temperature, sauf si vous avez précisément besoin du nucleus sampling).',
    ],
  },
  'anthropic/extra-inputs-not-permitted': {
    title: 'Champ inconnu dans la requête',
    explanation:
      'Le chemin avant les deux-points désigne un champ que l’API Messages ne connaît pas à cet endroit (faute de frappe, champ de l’API d’un autre fournisseur comme OpenAI, ou champ bêta envoyé sans son en-tête anthropic-beta).',
    fix: [
      'Supprimez ou renommez le champ indiqué dans le message.',
      'S’il s’agit d’une fonctionnalité bêta, ajoutez l’en-tête anthropic-beta correspondant, ou vérifiez que le champ est au bon niveau d’imbrication.',
    ],
  },
  'anthropic/field-required': {
    title: 'Un champ obligatoire manque',
    explanation:
      'Le chemin avant "Field required" désigne un champ dont l’API Messages a besoin mais qu’elle n’a pas reçu : le plus souvent max_tokens, qu’Anthropic exige dans chaque requête, ou la signature d’un bloc thinking renvoyé.',
    fix: [
      'Ajoutez le champ indiqué dans le message (par exemple "max_tokens": 1024).',
      'Quand vous renvoyez des blocs thinking, renvoyez-les inchangés, signature comprise.',
    ],
  },
  'anthropic/invalid-parameter-type': {
    title: 'Un paramètre a le mauvais type',
    explanation:
      'Le champ nommé avant les deux-points a une valeur du mauvais type JSON, par exemple max_tokens envoyé sous forme de chaîne "1024" au lieu du nombre 1024.',
    fix: [
      'Envoyez le champ avec le type attendu par l’API (nombres sans guillemets, booléens en true/false).',
    ],
  },
  'anthropic/parameter-out-of-range': {
    title: 'Un paramètre est hors plage',
    explanation:
      'Un paramètre numérique sort de la plage autorisée par l’API, par exemple temperature au-dessus de 1 (Anthropic accepte de 0 à 1, contrairement à OpenAI qui accepte de 0 à 2) ou un budget de réflexion inférieur à 1024 tokens.',
    fix: [
      'Ramenez la valeur dans la plage indiquée par le message.',
    ],
  },
  'anthropic/thinking-budget-invalid': {
    title: 'Configuration de réflexion étendue invalide',
    explanation:
      'Les réglages de réflexion ne conviennent pas au modèle : budget_tokens doit rester inférieur à max_tokens, et certains modèles n’acceptent que la réflexion adaptative, alors que les plus anciens n’acceptent qu’un budget fixe.',
    fix: [
      'Gardez thinking.budget_tokens inférieur à max_tokens (augmentez max_tokens ou baissez le budget).',
      'Utilisez le type de réflexion que le modèle prend en charge ("enabled" avec budget_tokens, ou "adaptive" avec output_config.effort).',
    ],
  },
  'anthropic/thinking-incompatible-parameter': {
    title: 'Paramètre interdit avec la réflexion étendue',
    explanation:
      'Quand la réflexion est activée, Claude n’accepte ni échantillonnage personnalisé (temperature différente de 1, top_k, top_p sous le plancher autorisé), ni tool_choice qui force un outil.',
    fix: [
      'Retirez temperature/top_k/top_p (ou mettez temperature à 1) quand la réflexion est activée.',
      'Utilisez tool_choice "auto" (ou "none") avec la réflexion, ou désactivez la réflexion pour les appels d’outil forcés.',
    ],
  },
  'anthropic/thinking-block-required': {
    title: 'Le dernier tour assistant doit commencer par un bloc thinking',
    explanation:
      'Quand la réflexion est activée, un tour assistant que l’on poursuit (après un appel d’outil, ou comme préremplissage) doit commencer par le bloc thinking produit plus tôt par le modèle ; l’historique l’a envoyé sans.',
    fix: [
      'Renvoyez le tour assistant précédent inchangé, y compris ses blocs thinking / redacted_thinking et leurs signatures.',
      'Ou désactivez la réflexion pour cette requête.',
    ],
  },
  'anthropic/prefill-not-supported': {
    title: 'Le modèle n’accepte pas de préremplissage assistant',
    explanation:
      'La conversation se termine par un message assistant, mais ce modèle (ou ce mode) ne poursuit qu’à partir d’un message user.',
    fix: [
      'Terminez le tableau messages par un message user ; déplacez plutôt le texte de préremplissage dans les instructions.',
    ],
  },
  'anthropic/too-many-cache-breakpoints': {
    title: 'Plus de 4 points d’arrêt cache_control',
    explanation:
      'La mise en cache des prompts autorise au plus quatre marqueurs cache_control par requête, comptés sur tools, system et messages ; cette requête en avait davantage.',
    fix: [
      'Gardez au plus quatre marqueurs cache_control : généralement un sur les outils, un sur le prompt système, et un ou deux sur les derniers messages.',
      'Retirez les marqueurs laissés sur les anciens messages quand vous en ajoutez un nouveau.',
    ],
  },
  'anthropic/system-role-in-messages': {
    title: 'Prompt système envoyé comme message',
    explanation:
      'L’API Messages attend le prompt système dans le paramètre "system" de premier niveau ; un message de rôle "system" (la convention d’OpenAI) est rejeté.',
    fix: [
      'Déplacez le contenu du message system dans le champ "system" de premier niveau et retirez-le de messages.',
    ],
  },
  'anthropic/duplicate-tool-name': {
    title: 'Deux outils portent le même nom',
    explanation:
      'Les noms d’outils identifient les outils dans les blocs tool_use : chaque entrée de tools doit donc avoir un nom distinct.',
    fix: [
      'Renommez ou supprimez l’outil en double (souvent le même serveur MCP ou jeu d’outils enregistré deux fois).',
    ],
  },
  'anthropic/image-too-large': {
    title: 'Image trop volumineuse ou trop d’images',
    explanation:
      'Chaque image envoyée à l’API ne doit pas dépasser 5 Mo (après décodage base64), et une requête ne peut contenir qu’un nombre limité d’images et de pages de documents.',
    fix: [
      'Réduisez ou recompressez l’image avant de l’encoder (un grand côté d’environ 1568 px suffit pour Claude).',
      'Envoyez moins d’images par requête, ou retirez les anciennes captures d’écran de l’historique.',
    ],
  },
  'anthropic/missing-version-header': {
    title: 'En-tête anthropic-version manquant',
    explanation:
      'Chaque requête à l’API Claude doit indiquer la version de l’API dans l’en-tête anthropic-version ; celle-ci ne l’a pas fait.',
    fix: [
      'Ajoutez l’en-tête "anthropic-version: 2023-06-01" à la requête.',
    ],
  },
  'anthropic/credit-balance-too-low': {
    title: 'Solde de crédits insuffisant',
    explanation:
      'Votre organisation Anthropic n’a plus de crédits prépayés. L’API répond 400 invalid_request_error, mais la requête n’a aucun problème : chaque appel échoue tant que des crédits n’ont pas été ajoutés.',
    fix: [
      'Achetez des crédits (ou configurez le rechargement automatique) dans Plans & Billing de la Claude Console.',
      'Vérifiez que la clé appartient à l’organisation ou à l’espace de travail que vous avez rechargé.',
      'Ne réessayez pas en boucle : la même requête ne réussira qu’une fois le solde redevenu positif.',
    ],
  },
  'anthropic/usage-limit-reached': {
    title: 'Le plafond de dépenses que vous avez fixé est atteint',
    explanation:
      'L’organisation ou l’espace de travail a atteint le plafond de dépenses mensuel configuré dans la Claude Console. Les requêtes sont refusées (400) jusqu’à la date indiquée dans le message ou jusqu’à ce que quelqu’un relève le plafond.',
    fix: [
      'Relevez ou supprimez le plafond de dépenses sur la page Limits/Billing de la Claude Console (il ne peut pas dépasser le plafond de votre niveau).',
      'Sinon, attendez la date indiquée dans le message.',
    ],
  },
  'anthropic/spend-cap-reached': {
    title: 'Plafond de dépenses mensuel du niveau atteint',
    explanation:
      'Ce 429 n’est pas une limite de débit : l’organisation a franchi le plafond de dépenses mensuel de son niveau d’utilisation (details.error_code enforced_spend_limit_reached, pas d’en-tête retry-after). Les nouvelles tentatives, y compris les tentatives automatiques du SDK, continuent d’échouer jusqu’au rétablissement de l’accès au début du mois suivant.',
    fix: [
      'Passez à un niveau d’utilisation supérieur (achetez davantage de crédits) pour lever le plafond.',
      'Ou attendez le premier jour du mois suivant, à 00:00 UTC.',
      'Faites en sorte que votre logique de nouvelle tentative s’arrête sur enforced_spend_limit_reached.',
    ],
  },
  'anthropic/invalid-request-error': {
    title: 'Requête invalide',
    explanation:
      'Anthropic a rejeté le format ou le contenu de la requête ; le message indique quel champ est en cause (sous forme de chemin comme messages.2.content.0) et ce qui ne va pas.',
    fix: [
      'Lisez le chemin au début du message et corrigez cette partie du corps.',
      'Comparez le corps à la référence de l’API Messages (noms de champs, imbrication, types).',
    ],
  },
  'anthropic/missing-api-key': {
    title: 'En-tête de clé d’API manquant',
    explanation:
      'La requête est arrivée chez Anthropic sans en-tête x-api-key (ou avec la clé dans le mauvais en-tête).',
    fix: [
      'Envoyez la clé dans l’en-tête x-api-key (pas Authorization: Bearer, réservé aux jetons OAuth).',
      'Vérifiez que la variable d’environnement contenant la clé est définie là où la requête est faite.',
    ],
  },
  'anthropic/authentication-error': {
    title: 'Clé d’API invalide',
    explanation:
      'Anthropic n’a pas pu authentifier la requête : la clé est absente, mal saisie, révoquée, ou appartient à un autre service (par exemple une clé de relais envoyée à api.anthropic.com).',
    fix: [
      'Copiez une clé valide depuis la Claude Console (API keys) et envoyez-la dans x-api-key.',
      'Vérifiez qu’il n’y a ni espaces parasites ni guillemets autour de la clé.',
      'Si vous passez par un relais ou une passerelle, faites pointer l’URL de base vers celui-ci plutôt que vers api.anthropic.com.',
    ],
  },
  'anthropic/billing-error': {
    title: 'Problème de facturation',
    explanation:
      'Anthropic a refusé la requête à cause d’un problème dans la facturation ou les informations de paiement de l’organisation.',
    fix: [
      'Vérifiez le moyen de paiement et les factures dans Billing de la Claude Console, puis réessayez.',
    ],
  },
  'anthropic/permission-error': {
    title: 'Clé non autorisée pour cette ressource',
    explanation:
      'La clé est valide, mais elle n’a pas le droit d’utiliser ce qui a été demandé : un modèle ou une fonctionnalité non activés pour l’organisation ou l’espace de travail, ou un jeton OAuth auquel il manque un scope.',
    fix: [
      'Vérifiez que l’espace de travail auquel appartient la clé a accès au modèle ou à la fonctionnalité.',
      'Demandez à un administrateur de l’organisation d’accorder l’accès, ou utilisez une clé d’un espace de travail qui l’a.',
    ],
  },
  'anthropic/unknown-model': {
    title: 'Identifiant de modèle inconnu',
    explanation:
      'Anthropic ne sert aucun modèle avec cet identifiant exact. Causes typiques : un alias ou surnom ("sonnet"), des points au lieu de tirets (claude-3.5-sonnet), un préfixe de passerelle (anthropic/...), un identifiant Bedrock ou Vertex, un espace final, ou un modèle retiré.',
    fix: [
      'Utilisez un identifiant de la liste des modèles (GET /v1/models), par ex. claude-sonnet-4-5 ou un instantané daté.',
      'Retirez les préfixes de fournisseur et les espaces finaux.',
    ],
  },
  'anthropic/not-found-error': {
    title: 'Ressource introuvable',
    explanation:
      'L’URL ou l’identifiant de ressource qu’elle contient (fichier, lot ou autre objet) n’existe pas pour cette organisation.',
    fix: [
      'Vérifiez le chemin de l’endpoint (par exemple /v1/messages, pas /v1/chat/completions) et l’URL de base.',
      'Vérifiez l’identifiant du fichier ou du lot auquel vous faites référence, et qu’il appartient au même espace de travail.',
    ],
  },
  'anthropic/request-exceeds-maximum-size': {
    title: 'Corps de requête trop volumineux',
    explanation:
      'Le corps HTTP dépasse ce qu’accepte l’endpoint (32 Mo pour Messages et le comptage de tokens, 256 Mo pour les lots, 500 Mo pour les fichiers). La limite s’applique avant que la requête n’atteigne l’API.',
    fix: [
      'Envoyez les gros documents et images via la Files API et référencez-les par id au lieu de les intégrer en base64.',
      'Répartissez le travail sur plusieurs requêtes, ou compressez/redimensionnez les pièces jointes.',
    ],
  },
  'anthropic/request-too-large': {
    title: 'Corps de requête trop volumineux',
    explanation:
      'Le corps HTTP dépasse ce qu’accepte l’endpoint (32 Mo pour Messages et le comptage de tokens, 256 Mo pour les lots, 500 Mo pour les fichiers). La limite s’applique avant que la requête n’atteigne l’API.',
    fix: [
      'Envoyez les gros documents et images via la Files API et référencez-les par id au lieu de les intégrer en base64.',
      'Répartissez le travail sur plusieurs requêtes, ou compressez/redimensionnez les pièces jointes.',
    ],
  },
  'anthropic/rate-limit-error': {
    title: 'Limite de débit atteinte',
    explanation:
      'Votre organisation a envoyé plus de requêtes, de tokens d’entrée ou de tokens de sortie par minute que son niveau ne le permet (le message précise lequel). La requête elle-même est correcte ; elle réussira dès que la fenêtre aura de la place.',
    fix: [
      'Attendez le délai de l’en-tête retry-after (en secondes) avant de réessayer ; les en-têtes anthropic-ratelimit-*-reset indiquent quand chaque limite se recharge.',
      'Réessayez avec un backoff exponentiel et du jitter, et limitez la concurrence.',
      'Utilisez la mise en cache des prompts (les tokens d’entrée en cache ne sont pas comptés de la même façon) ou demandez un niveau supérieur pour une charge soutenue.',
    ],
  },
  'anthropic/api-error': {
    title: 'Erreur interne chez Anthropic',
    explanation:
      'Quelque chose a échoué dans les systèmes d’Anthropic pendant le traitement de la requête ; ce n’est pas dû au corps de la requête.',
    fix: [
      'Réessayez avec un backoff exponentiel (les SDK officiels réessaient deux fois par défaut).',
      'Si cela persiste, consultez status.claude.com et contactez le support avec le request_id.',
    ],
  },
  'anthropic/overloaded-error': {
    title: 'API Anthropic surchargée',
    explanation:
      'L’API est temporairement au-delà de sa capacité pour tous les utilisateurs (HTTP 529). Votre requête et votre compte sont en ordre ; ce n’est pas votre limite de débit.',
    fix: [
      'Réessayez après une courte attente avec un backoff exponentiel et du jitter.',
      'Pour le trafic urgent, basculez vers un autre modèle ou un autre hébergeur du même modèle (Bedrock, Vertex).',
      'Consultez status.claude.com si cela dure plus de quelques minutes.',
    ],
  },
};
