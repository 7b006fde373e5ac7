/**
 * Env files whose changes re-lint open documents: the client watches them (its bundle imports this file, so it
 * imports nothing), and the server names them in its start-up line.
 */
export const WATCHED_ENV_FILES = ['http-client.env.json', 'http-client.private.env.json', '.env', '.env.*'];
