/**
 * Azure OpenAI (<resource>.openai.azure.com, Azure AI Foundry) errors: the OpenAI body shape plus
 * Azure's own platform errors (string codes such as DeploymentNotFound, "404"/"401"/"429" codes with
 * Azure wording) and the content filter's innererror. Error strings are quoted as Azure sends them.
 */
import type { ErrorEntry } from '../types.ts';

const CONTENT_FILTER = 'https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/content-filter';
const QUOTA = 'https://learn.microsoft.com/en-us/azure/ai-services/openai/quotas-limits';
const REFERENCE = 'https://learn.microsoft.com/en-us/azure/ai-services/openai/reference';
const VERSIONS = 'https://learn.microsoft.com/en-us/azure/ai-services/openai/api-version-lifecycle';
const CREATE_RESOURCE = 'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/create-resource';

export const ENTRIES: ErrorEntry[] = [
  {
    id: 'azure/content-filter',
    provider: 'azure',
    match: { messageIncludes: ['content management policy'] },
    fault: 'content-filter',
    retryable: false,
    title: 'Blocked by the Azure content filter',
    explanation:
      'Azure\'s content filtering (innererror code ResponsibleAIPolicyViolation) blocked the prompt before the model ran. The content_filter_result (content_filter_results in newer API versions) says which category fired: hate, sexual, violence or self_harm with a severity, or jailbreak / indirect_attack (Prompt Shields) with detected: true; some deployments also check protected material, profanity and custom blocklists. The filter belongs to the deployment, so the same text keeps failing there.',
    fix: [
      'Look at content_filter_result for the category with "filtered": true and reword or remove that part of the prompt (including old turns and tool results in the history).',
      'For a false positive on jailbreak (agent prompts, role instructions), attach a custom content filter to the deployment with a lower sensitivity or Prompt Shields adjusted.',
      'Turning filters off or to "annotate only" needs Microsoft\'s approval for modified content filtering.',
    ],
    source: `${CONTENT_FILTER} ; https://github.com/microsoft/TinyTroupe/issues/85 ; https://github.com/compl-ai/compl-ai/issues/20`,
    examples: [
      `Error code: 400 - {'error': {'message': "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766", 'type': None, 'param': 'prompt', 'code': 'content_filter', 'status': 400, 'innererror': {'code': 'ResponsibleAIPolicyViolation', 'content_filter_result': {'hate': {'filtered': False, 'severity': 'safe'}, 'jailbreak': {'filtered': True, 'detected': True}, 'self_harm': {'filtered': False, 'severity': 'safe'}, 'sexual': {'filtered': False, 'severity': 'safe'}, 'violence': {'filtered': False, 'severity': 'safe'}}}}}`,
      `{"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766","type":null,"param":"prompt","code":"content_filter","status":400,"innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{"hate":{"filtered":false,"severity":"safe"},"self_harm":{"filtered":false,"severity":"safe"},"sexual":{"filtered":false,"severity":"safe"},"violence":{"filtered":true,"severity":"medium"}}}}}`,
      `Error code: 400 - {'error': {'inner_error': {'code': 'ResponsibleAIPolicyViolation', 'content_filter_results': {'jailbreak': {'filtered': True, 'detected': True}}}, 'code': 'content_filter', 'message': "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: \\r\\nhttps://go.microsoft.com/fwlink/?linkid=2198766.", 'param': 'prompt', 'type': None}`,
    ],
  },
  {
    id: 'azure/deployment-not-found',
    provider: 'azure',
    match: { messageIncludes: ['the api deployment for this resource does not exist'] },
    fault: 'request',
    retryable: false,
    title: 'Deployment not found',
    explanation:
      'Azure routes by the deployment name in the URL (/openai/deployments/<name>/...), not by the model field in the body. No deployment with that name exists on this resource: the model name was used instead of the deployment name, the name has a typo, the endpoint belongs to another resource, or the path is doubled (/openai/openai/...). A deployment created in the last few minutes can also still be propagating.',
    fix: [
      'Copy the exact deployment name from Azure AI Foundry > Deployments and use it in the URL (or as the SDK\'s model/deployment parameter).',
      'Check that the endpoint host is the resource that owns that deployment and that the path is not doubled.',
      'If you just created the deployment, wait about five minutes and retry.',
    ],
    source: `${CREATE_RESOURCE} ; https://github.com/chatboxai/chatbox/issues/861 ; https://github.com/MicrosoftDocs/azure-docs/issues/114013`,
    examples: [
      `{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}}`,
      `Azure.RequestFailedException: The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.
Status: 404 (Not Found)
ErrorCode: DeploymentNotFound

Content:
{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}}`,
    ],
  },
  {
    id: 'azure/unrecognized-argument',
    provider: 'azure',
    match: { messageIncludes: ['unrecognized request argument supplied'] },
    fault: 'request',
    retryable: false,
    rule: 'unknown-parameter',
    title: 'Parameter not known to this api-version',
    explanation:
      'Azure validates the body against the api-version in the query string. The named field is either not an Azure OpenAI parameter at all (enable_thinking, thinking, a literal extra_body key) or newer than that api-version (max_completion_tokens, reasoning_effort on older versions).',
    fix: [
      'Remove the field, or rename it to the Azure OpenAI equivalent.',
      'If it is a newer OpenAI parameter, raise api-version to a release that has it (or use the /openai/v1 endpoint).',
    ],
    source: `${REFERENCE} ; https://github.com/openai/openai-python/issues/1724 ; https://github.com/CherryHQ/cherry-studio/issues/6160`,
    examples: [
      `HTTP Request: POST https://contoso-eastus.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-08-01-preview "HTTP/1.1 400 Bad Request"
openai.BadRequestError: Error code: 400 - {'error': {'message': 'Unrecognized request argument supplied: max_completion_tokens', 'type': 'invalid_request_error', 'param': None, 'code': None}}`,
      `POST https://my-aoai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21
HTTP/1.1 400 Bad Request
apim-request-id: 6a0c3e52-4f1d-4b7a-9c0e-2f3d4e5a6b7c
x-ms-region: East US

{"error":{"message":"Unrecognized request argument supplied: enable_thinking","type":"invalid_request_error","param":null,"code":null}}`,
    ],
  },
  {
    id: 'azure/api-version-not-supported',
    provider: 'azure',
    match: { messageIncludes: ['api version not supported'] },
    fault: 'request',
    retryable: false,
    title: 'api-version not supported on this path',
    explanation:
      'The api-version query parameter is not one this endpoint accepts. The common case: the /openai/v1/ endpoints take no dated version (or only "preview"), while the older /openai/deployments/... paths need a dated one; Azure AI Foundry model endpoints have their own versions.',
    fix: [
      'For /openai/v1/... drop api-version or set it to "preview"; for /openai/deployments/... use a current dated GA version.',
      'Check the version list in the Azure OpenAI API version lifecycle page.',
    ],
    source: VERSIONS,
    examples: [
      `litellm.BadRequestError: AzureException - {"error":{"code":"BadRequest","message":"API version not supported"}}`,
      `Azure.RequestFailedException: API version not supported
Status: 400 (BadRequest)
{"error":{"code":"BadRequest","message":"API version not supported"}}`,
    ],
  },
  {
    id: 'azure/resource-not-found',
    provider: 'azure',
    match: { messageIncludes: ['resource not found'] },
    fault: 'request',
    retryable: false,
    title: 'Resource not found (wrong URL or api-version)',
    explanation:
      'Azure found no operation at that URL: the api-version query parameter is missing or names a version without this operation (the Responses API needs a recent or preview version), the path is wrong (an extra /v1 or /openai, a trailing slash), or the endpoint is the wrong kind of resource.',
    fix: [
      'Make sure the URL has the form https://<resource>.openai.azure.com/openai/deployments/<deployment>/chat/completions?api-version=<version>.',
      'Add or update api-version (in YAML/.env, quote it so 2024-10-21 stays a string).',
      'For the Responses API or other new operations, use a version that includes them.',
    ],
    source: `${REFERENCE} ; https://github.com/MicrosoftDocs/azure-docs/issues/114602 ; https://github.com/langchain-ai/langchain/issues/13284 ; https://github.com/CherryHQ/cherry-studio/issues/8077`,
    examples: [
      `NotFoundError: Error code: 404 - {'error': {'code': '404', 'message': 'Resource not found'}}`,
      `Error Details: { "message": "404 Resource not found", "status": 404, "requestID": "16f1de4c80664d6eaa92e3a8f208d446", "error": { "code": "404", "message": "Resource not found" }, "code": "404" }`,
    ],
  },
  {
    id: 'azure/access-denied-key-or-endpoint',
    provider: 'azure',
    match: { messageIncludes: ['access denied due to invalid subscription key or wrong api endpoint'] },
    fault: 'auth',
    retryable: false,
    title: 'Invalid key or wrong endpoint',
    explanation:
      'The api-key does not belong to the resource the endpoint points at: a key from another Azure resource or region, an OpenAI key (sk-...) sent to Azure, a regenerated key, or a regional endpoint that does not match the resource.',
    fix: [
      'Take Key 1 or Key 2 and the Endpoint from the same resource (Azure portal > resource > Keys and Endpoint) and use them together.',
      'Send the key in the `api-key` header (or use Microsoft Entra ID with the Cognitive Services OpenAI User role).',
    ],
    source: `${CREATE_RESOURCE} ; https://github.com/SciSharp/BotSharp/issues/386`,
    examples: [
      `Azure.RequestFailedException: 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.
Status: 401 (PermissionDenied)
ErrorCode: 401

Content:
{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}

Headers:
apim-request-id: REDACTED`,
    ],
  },
  {
    id: 'azure/network-firewall',
    provider: 'azure',
    match: { messageIncludes: ['access denied due to virtual network/firewall rules'] },
    fault: 'auth',
    retryable: false,
    title: 'Blocked by the resource\'s network rules',
    explanation:
      'The resource only accepts traffic from selected virtual networks, private endpoints or IP ranges, and this request came from somewhere else.',
    fix: [
      'Call from an allowed network (or through the private endpoint), or add the caller\'s public IP under Networking > Firewalls and virtual networks.',
    ],
    source: 'https://learn.microsoft.com/en-us/azure/ai-services/cognitive-services-virtual-networks',
    examples: [
      `{"error":{"code":"403","message":"Access denied due to Virtual Network/Firewall rules."}}`,
    ],
  },
  // daily-quota comes before rate-limit: both match a "retry after" 429, and the 86400-second one is a quota.
  {
    id: 'azure/daily-quota',
    provider: 'azure',
    match: { messageIncludes: ['retry after 86400 seconds'] },
    fault: 'quota',
    retryable: false,
    title: 'Daily or zero quota (retry after 86400 seconds)',
    explanation:
      'A 429 that asks you to wait a whole day is not ordinary throttling: the subscription (often a free trial or a new subscription) has no or only a daily quota for this model, so every call is refused until the quota resets.',
    fix: [
      'Upgrade a free trial to pay-as-you-go, or request a quota increase (https://aka.ms/oai/quotaincrease).',
      'Or assign more TPM to the deployment in Azure AI Foundry > Quotas if the subscription has some left.',
    ],
    source: QUOTA,
    examples: [
      `openai.RateLimitError: Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-08-01-preview have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds. Please contact Azure support service if you would like to further increase the default rate limit.'}}`,
    ],
  },
  {
    id: 'azure/rate-limit',
    provider: 'azure',
    match: { messageIncludes: ['exceeded token rate limit', 'exceeded call rate limit'] },
    fault: 'rate-limit',
    retryable: true,
    extract: ['retry-after'],
    title: 'Deployment rate limit reached',
    explanation:
      'The deployment used up its tokens-per-minute (or requests-per-minute) allocation. Azure says how long to wait in the message and in the retry-after / retry-after-ms headers. Here it asks to wait {wait}.',
    fix: [
      'Wait the number of seconds in "Please retry after N seconds" (or retry-after-ms) and retry with backoff.',
      'Raise the deployment\'s TPM in Azure AI Foundry, spread load over several deployments or regions, or use a global/data-zone deployment.',
    ],
    source: QUOTA,
    examples: [
      `Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-07-01-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 7 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.'}}`,
      `HTTP/1.1 429 Too Many Requests
retry-after: 22
retry-after-ms: 21500
x-ratelimit-remaining-requests: 118
x-ratelimit-remaining-tokens: 0
apim-request-id: 1f3e5d7c-9b2a-4c6e-8d0f-a1b2c3d4e5f6
x-ms-region: Sweden Central

{"error":{"code":"429","message": "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 22 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit."}}`,
    ],
  },
  {
    id: 'azure/high-demand',
    provider: 'azure',
    match: { messageIncludes: ['the system is currently experiencing high demand', 'maximum usage size allowed during peak load'] },
    fault: 'upstream',
    retryable: true,
    extract: ['retry-after'],
    title: 'Azure capacity is short (high demand)',
    explanation:
      'A standard (pay-as-you-go) deployment shares capacity with other customers, and during peak load Azure refuses requests above a certain size even when your own quota is not used up. Azure asks to wait {wait}.',
    fix: [
      'Retry after the suggested delay with backoff; smaller requests get through more easily at peak.',
      'For steady capacity, use Provisioned Throughput or spread traffic over deployments in other regions.',
    ],
    source: QUOTA,
    examples: [
      `openai.RateLimitError: Error code: 429 - {'error': {'code': '429', 'message': 'The system is currently experiencing high demand and cannot process your request. Your request exceeds the maximum usage size allowed during peak load. For improved capacity reliability, consider switching to Provisioned Throughput.'}}`,
    ],
  },
  {
    id: 'azure/operation-not-supported',
    provider: 'azure',
    match: { messageIncludes: ['operation does not work with the specified model'] },
    fault: 'request',
    retryable: false,
    title: 'This operation does not work with the deployed model',
    explanation:
      'The deployment\'s model does not support the operation in the URL (code OperationNotSupported): chat completions on a Responses-only model such as gpt-5-pro or codex, embeddings on a chat model, legacy completions on a chat-only model version, image generation on a text model.',
    fix: [
      'Call the operation the model supports (for Responses-only models, POST /openai/v1/responses).',
      'Or point the request at a deployment whose model supports this operation.',
    ],
    source: 'https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models',
    examples: [
      `Error code: 400 - {'error': {'code': 'OperationNotSupported', 'message': 'The chatCompletion operation does not work with the specified model, deployment1. Please choose different model and try again. You can learn more about which models can be used with each operation here: https://go.microsoft.com/fwlink/?linkid=2197993.'}}`,
    ],
  },
  {
    id: 'azure/server-error',
    provider: 'azure',
    match: {
      messageIncludes: [
        'contact us through an azure support request',
      ],
    },
    fault: 'upstream',
    retryable: true,
    title: 'Azure OpenAI server error',
    explanation: 'An internal error in the Azure OpenAI service while processing the request (HTTP 500, type server_error). It is usually transient.',
    fix: [
      'Retry after a short wait with exponential backoff.',
      'If it persists, check Azure status for the region and open a support request with the request ID (apim-request-id).',
    ],
    source: 'https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/monitor-openai',
    examples: [
      `HTTP 500: {"error":{"message":"The server had an error processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if you keep seeing this error. (Please include the request ID 6b573590-9d81-47af-ad99-7a05c9584058 in your email.)","type":"server_error","param":null,"code":null}}`,
    ],
  },
];
