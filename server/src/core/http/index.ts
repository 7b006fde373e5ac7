/** The `.http` / `.rest` splitter: the lint pipeline's entry points. */
export { splitHttpDocument, resolveVariables, type HttpSplitOptions } from './parse.ts';
export { createVariableLookup, isRunTimeVariable, type VariableSources } from './variables.ts';
export { clearEnvironmentCache } from './environments.ts';
