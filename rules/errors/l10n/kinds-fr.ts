/** French (fr) text of the error kinds (rules/errors/kinds.ts). */
import type { ErrorTranslations } from '../types.ts';

export const KINDS_FR: ErrorTranslations = {
  'kind/content-filter': {
    title: 'Bloqué par la politique de contenu ou la modération',
    explanation: 'Le fournisseur (ou une couche de modération devant lui) a refusé la requête ou la réponse à cause de ce que contient le texte ou l’image. Le message nomme une politique ou un filtre ; aucune entrée du catalogue ne documente ce message précis.',
    fix: ['Reformulez ou retirez la partie du prompt (ou des tours précédents et des résultats d’outils) à laquelle le filtre s’oppose.', 'S’il s’agit d’un faux positif, ouvrez une nouvelle conversation sans le contenu signalé, ou demandez au fournisseur une exemption ou un réglage du filtre.'],
  },
  'kind/quota': {
    title: 'Quota, solde ou budget épuisé',
    explanation: 'Le compte, la clé ou le budget de la passerelle n’a plus de marge pour cette requête : solde épuisé, limite de dépense ou d’usage atteinte, ou budget fixé sur une clé ou une équipe consommé. Réessayer n’aide pas tant qu’il n’est pas rechargé, relevé, ou que la période n’est pas réinitialisée.',
    fix: ['Vérifiez le solde, la limite de dépense ou le budget là où le message l’indique (console du fournisseur, ou passerelle ou relais qui a émis la clé).', 'Rechargez, relevez la limite ou le budget, ou attendez la réinitialisation annoncée ; puis renvoyez la requête.'],
  },
  'kind/rate-limit': {
    title: 'Limite de débit atteinte',
    explanation: 'Trop de requêtes ou de tokens sur une courte période pour cette clé, ce compte ou cette passerelle. C’est passager : la même requête réussit une fois la fenêtre passée.',
    fix: ['Attendez (respectez retry-after quand la réponse le donne) et réessayez avec un backoff exponentiel.', 'Envoyez moins de requêtes à la fois, ou demandez une limite plus élevée.'],
  },
  'kind/invalid-credentials': {
    title: 'Clé ou identifiants refusés',
    explanation: 'Le service n’a pas accepté les identifiants envoyés : la clé d’API est absente, mal saisie, révoquée ou expirée, ou appartient à un autre service, une autre région ou un autre relais que l’URL de base.',
    fix: ['Vérifiez que la clé est bien envoyée (Authorization: Bearer …, x-api-key ou le réglage du SDK), sans guillemets ni espaces parasites.', 'Vérifiez que la clé et l’URL de base vont ensemble (même fournisseur, région ou relais), et créez une nouvelle clé si elle a été révoquée.'],
  },
  'kind/permission': {
    title: 'Pas d’autorisation pour ce modèle ou cette ressource',
    explanation: 'Les identifiants sont valides mais n’ont pas le droit de faire cela : il manque une autorisation au rôle, à la clé ou au projet (action IAM, accès au modèle, abonnement Marketplace), ou le modèle n’est pas activé pour ce compte ou cette région.',
    fix: ['Accordez au rôle ou à la clé l’autorisation manquante nommée dans le message (ou activez le modèle pour le compte et la région).', 'Réessayez une fois le changement propagé (quelques minutes pour l’IAM et l’accès aux modèles).'],
  },
  'kind/relay-channel': {
    title: 'Le relais n’a aucun canal disponible pour cette requête',
    explanation: 'Le relais ou la passerelle devant le fournisseur (one-api, new-api…) n’a pas pu acheminer la requête : aucun canal ne sert ce modèle dans le groupe de la clé, ou tous les canaux sont désactivés ou en échec. Le fournisseur n’a jamais été interrogé.',
    fix: ['Comparez le nom du modèle à ce que propose le relais, et le groupe de la clé à ceux des canaux.', 'Demandez à l’opérateur du relais d’activer ou de réparer un canal pour ce modèle (ou passez par un autre relais ou directement par le fournisseur).'],
  },
  'kind/context-length': {
    title: 'Entrée trop longue pour le modèle',
    explanation: 'Le prompt (messages, prompt système, définitions d’outils et pièces jointes ensemble) dépasse ce que le modèle ou l’endpoint accepte ; la requête a été rejetée avant la génération.',
    fix: ['Raccourcissez l’entrée : supprimez ou résumez les anciens tours, les gros résultats d’outils et les pièces jointes.', 'Baissez max_tokens si la limite compte aussi la sortie, ou utilisez un modèle à plus grande fenêtre de contexte.'],
  },
  'kind/unsupported-feature': {
    title: 'Le modèle ou l’endpoint ne prend pas en charge un élément de la requête',
    explanation: 'La requête utilise une fonctionnalité que ce modèle, cet endpoint ou ce relais n’offre pas (outils, images, un paramètre, un format de réponse, le streaming…). C’est la requête qui doit changer ; renvoyer le même corps échoue de la même façon.',
    fix: ['Retirez la fonctionnalité que nomme le message, ou passez à un modèle ou un endpoint qui la prend en charge.', 'Si un relais ou un SDK est entre les deux, vérifiez qu’il transmet cette fonctionnalité au fournisseur.'],
  },
  'kind/model-not-found': {
    title: 'Modèle introuvable',
    explanation: 'Le nom du modèle n’est pas servi par cet endpoint : faute de frappe, modèle retiré ou renommé, nom d’un autre fournisseur, ou modèle existant mais pas dans cette région, ce projet ou ce relais.',
    fix: ['Copiez l’identifiant exact depuis la liste des modèles du fournisseur (ou du relais).', 'Vérifiez la région, le projet ou le relais visés ; le modèle est peut-être proposé ailleurs.'],
  },
  'kind/server-memory': {
    title: 'Le serveur n’a pas assez de mémoire pour ce modèle',
    explanation: 'Le serveur de modèles (souvent local, comme Ollama) ne peut pas charger le modèle demandé : il lui faut plus de mémoire que la machine n’en a de libre. Réessayer la même requête échoue de la même façon tant que de la mémoire n’est pas libérée ou qu’un modèle plus petit n’est pas choisi.',
    fix: ['Choisissez un modèle plus petit ou plus quantifié, ou un contexte plus court (num_ctx), pour qu’il tienne dans la mémoire libre.', 'Libérez de la mémoire sur le serveur (arrêtez d’autres modèles ou programmes) ou exécutez le modèle sur une machine qui en a davantage.'],
  },
  'kind/local-proxy': {
    title: 'Un proxy ou serveur local est injoignable',
    explanation: 'Le client a tenté de joindre un proxy, une passerelle ou un serveur de modèles sur cette machine (localhost) et la connexion a échoué ou s’est rompue : le service ne tourne pas, écoute sur un autre port, ou a planté en répondant. Le fournisseur n’a jamais été interrogé ; réessayer à l’identique échoue de la même façon tant que le service local n’est pas relancé.',
    fix: ['Démarrez (ou redémarrez) le proxy ou serveur local, et comparez le port de l’URL de base à celui sur lequel il écoute.', 'S’il tourne dans un conteneur ou sur une autre machine, faites pointer l’URL de base vers cet hôte plutôt que vers localhost.'],
  },
  'kind/edge-config': {
    title: 'Le proxy ou la périphérie en amont a échoué sur sa propre configuration',
    explanation: 'La réponse est une page d’erreur du réseau périphérique ou du proxy serverless placé devant l’API (Cloudflare et consorts), pas l’erreur du fournisseur : le script du proxy a levé une exception, a dépassé ses limites, ou sa configuration DNS ou TLS vers l’origine est fausse. Réessayer à l’identique échoue tant que l’exploitant du proxy ne l’a pas corrigé.',
    fix: ['Si vous exploitez le proxy (un Worker, une passerelle sur un CDN), cherchez l’exception dans ses journaux et vérifiez ses enregistrements DNS et ses réglages TLS vers l’origine.', 'Sinon, appelez directement le point d’accès du fournisseur, ou transmettez à l’exploitant du proxy le code d’erreur et le Ray ID affichés sur la page.'],
  },
  'kind/upstream': {
    title: 'Le fournisseur a échoué, expiré ou est surchargé',
    explanation: 'La requête n’a pas obtenu de réponse : le fournisseur (ou le réseau ou une passerelle en chemin) était surchargé, a échoué en interne, ou la connexion a expiré ou a été réinitialisée. C’est en général passager et ne vient pas de la requête.',
    fix: ['Réessayez avec un backoff exponentiel ; consultez la page d’état du fournisseur si cela persiste.', 'Pour les longues générations, utilisez le streaming (une connexion inactive est plus souvent coupée) ou augmentez le délai du client.'],
  },
  'kind/bad-request': {
    title: 'La requête a été rejetée comme invalide',
    explanation: 'Le service dit que la requête elle-même est fausse (champ manquant ou mal orthographié, valeur hors limites, corps mal formé), mais aucune entrée du catalogue ne documente ce message précis. Le message nomme ce qu’il faut changer.',
    fix: ['Lisez dans le message le champ ou la valeur en cause et corrigez le corps de la requête.', 'Comparez le corps à la référence de l’API de l’endpoint (et du relais ou du SDK intermédiaire, s’il y en a un).'],
  },
};
