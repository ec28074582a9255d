export { cliBatch, cliRollback, SAVE_COMMAND } from "./cli-batch";
export { cliForCreate, cliForDelete, cliForUpdate } from "./cli";
export { cliQuote } from "./cli-quote";
export { documentFileName, exportDocumentJson, importDocumentJson } from "./json";
export {
  assertNoSecrets,
  findSecrets,
  isPlaceholder,
  isSecretKey,
  placeholderFor,
  SecretInDocumentError,
  type SecretFinding,
} from "./secrets";
export {
  MASK,
  nitroCreateRequest,
  nitroDeleteRequest,
  nitroRequests,
  nitroRequestsJson,
  nitroRollbackRequests,
  nitroUpdateRequests,
  saveRequest,
  type NitroRequest,
} from "./nitro-requests";
