/**
 * AWS Bedrock (Runtime: InvokeModel, Converse and their streaming forms) error catalog entries.
 *
 * Shape: an HTTP status, a body `{"message":"..."}` and an `x-amzn-ErrorType: <Exception>:...` header (no
 * Retry-After). Users mostly paste the SDK forms: botocore `An error occurred (ThrottlingException) when
 * calling the InvokeModel operation (reached max retries: 4): ...`, JS v3 `ThrottlingException: ...` or
 * `{"name":"ThrottlingException","$fault":"client","$metadata":{...}}`, Go v2 `operation error Bedrock
 * Runtime: ...`. Errors raised by the model itself (Anthropic's validation) come wrapped in a
 * ValidationException: "The model returned the following errors: ...".
 * Sources: https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html ,
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html (errors section),
 * botocore exception pages under https://docs.aws.amazon.com/botocore/latest/reference/services/bedrock-runtime/client/exceptions/ .
 */
import type { ErrorEntry } from '../types.ts';

const TROUBLE = 'https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html';
const INVOKE = 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html';
const EXC = 'https://docs.aws.amazon.com/botocore/latest/reference/services/bedrock-runtime/client/exceptions';
const QUOTAS = 'https://docs.aws.amazon.com/bedrock/latest/userguide/quotas.html';

/** Shared by the two credential entries (the usual "security token is invalid" wording, and the other signing errors). */
const BAD_CREDENTIALS = {
  fault: 'auth',
  retryable: false,
  title: 'AWS credentials not valid',
  explanation:
    'AWS could not authenticate the request: the access key does not exist, the secret or session token does not match it, or the signature is wrong (for example a session token missing for temporary keys, or a wrong region or clock).',
  fix: [
    'Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) or the profile in use: aws sts get-caller-identity.',
    'Use credentials for the account where Bedrock is enabled, and a correct system clock.',
  ],
  source: TROUBLE,
} satisfies Omit<ErrorEntry, 'id' | 'provider' | 'match' | 'examples'>;

export const ENTRIES: ErrorEntry[] = [
  // ── 400 ValidationException: specific messages (many are the model's own errors, wrapped) ──────
  {
    id: 'bedrock/prompt-too-long',
    provider: 'bedrock',
    match: {
      codes: ['ValidationException'],
      messageIncludes: [
        'the model returned the following errors: prompt is too long',
        'the model returned the following errors: input length and `max_tokens` exceed context limit',
        'prompt is too long',
        'input is too long for requested model',
        'too many input tokens',
        'exceed context limit',
      ],
    },
    fault: 'request',
    retryable: false,
    title: 'Input is longer than the model\'s context window',
    explanation:
      'The model counted more input tokens than its context window holds (for Claude the wrapped message reads "prompt is too long: N tokens > M maximum"). The request never reached generation.',
    fix: [
      'Shorten the conversation: trim or summarise older turns, tool results and documents.',
      'Keep input + maxTokens under the model\'s context length.',
      'Use a model (or a Claude long-context option) with a larger window.',
    ],
    rule: 'context-window-exceeded',
    extract: ['context-overflow'],
    source: `${TROUBLE} ; https://docs.litellm.ai/docs/exception_mapping`,
    examples: [
      'An error occurred (ValidationException) when calling the InvokeModel operation: The model returned the following errors: prompt is too long: 200049 tokens > 200000 maximum',
      'botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the Converse operation: Input is too long for requested model.',
    ],
  },
  {
    id: 'bedrock/max-tokens-exceeds-model-limit',
    provider: 'bedrock',
    match: {
      codes: ['ValidationException'],
      messageIncludes: ['the maximum tokens you requested exceeds the model limit', 'which is the maximum allowed number of output tokens'],
    },
    fault: 'request',
    retryable: false,
    title: 'maxTokens above the model\'s output limit',
    explanation: 'The maximum number of output tokens requested (maxTokens / max_tokens) is larger than this model on Bedrock allows.',
    fix: ['Lower maxTokens (Converse inferenceConfig) or max_tokens (InvokeModel body) to the limit in the message or below.'],
    rule: 'max-tokens-exceeds-model-limit',
    extract: ['max-tokens'],
    source: `${TROUBLE} ; https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html`,
    examples: [
      'ValidationException: The maximum tokens you requested exceeds the model limit of 10000. Try again with a maximum tokens value that is lower than 10000.',
      'An error occurred (ValidationException) when calling the InvokeModel operation: The model returned the following errors: max_tokens: 200000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-20250514',
    ],
  },
  {
    id: 'bedrock/temperature-with-top-p',
    provider: 'bedrock',
    match: { codes: ['ValidationException'], messageIncludes: ['`temperature` and `top_p` cannot both be specified'] },
    fault: 'request',
    retryable: false,
    title: 'temperature and top_p sent together',
    explanation:
      'Newer Claude models on Bedrock accept only one of temperature and top_p; the model rejected a request that set both (Converse topP counts as top_p).',
    fix: ['Remove either temperature or top_p / topP from the request (often a framework default adds topP).'],
    rule: 'temperature-with-top-p',
    source: `${TROUBLE} ; https://github.com/BerriAI/litellm/issues/15070 ; https://github.com/aws-samples/bedrock-access-gateway/issues/191`,
    examples: [
      'ValidationException: The model returned the following errors: `temperature` and `top_p` cannot both be specified for this model. Please use only one.',
    ],
  },
  {
    id: 'bedrock/thinking-incompatible-parameter',
    provider: 'bedrock',
    match: { codes: ['ValidationException'], messageIncludes: ['must be unset when thinking is enabled', 'may only be set to 1 when thinking is enabled'] },
    fault: 'request',
    retryable: false,
    title: 'Parameter not allowed with extended thinking',
    explanation: 'With Claude\'s extended thinking on, sampling parameters such as top_p, top_k or a temperature other than 1 are rejected by the model.',
    fix: ['Remove top_p / top_k (and temperature, or set it to 1) when thinking is enabled.'],
    rule: 'thinking-incompatible-parameter',
    source: `https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html ; https://github.com/n8n-io/n8n/issues/14288`,
    examples: [
      'An error occurred (ValidationException) when calling the Converse operation: The model returned the following errors: top_p must be unset when thinking is enabled.',
    ],
  },
  {
    id: 'bedrock/conversation-must-start-with-user',
    provider: 'bedrock',
    match: { codes: ['ValidationException'], messageIncludes: ['a conversation must start with a user message', 'first message must use the "user" role'] },
    fault: 'request',
    retryable: false,
    title: 'Conversation does not start with a user message',
    explanation:
      'The messages list starts with an assistant turn (or is empty after system prompts are removed); Bedrock requires the first message to be from the user.',
    fix: [
      'Make the first entry of messages a user message (insert a short one if the assistant speaks first).',
      'When trimming history, cut so that a user turn comes first.',
    ],
    rule: 'role-order',
    source: `https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html ; https://github.com/anthropics/anthropic-sdk-typescript/issues/622`,
    examples: [
      'ValidationException: A conversation must start with a user message. Try again with a conversation that starts with a user message.',
    ],
  },
  {
    id: 'bedrock/on-demand-not-supported',
    provider: 'bedrock',
    match: { codes: ['ValidationException'], messageIncludes: ["with on-demand throughput isn't supported", 'with on-demand throughput isn\u2019t supported'] },
    fault: 'request',
    retryable: false,
    title: 'Model needs an inference profile id',
    explanation:
      'This model cannot be invoked on demand by its bare model id in this region; it is served only through a (cross-region) inference profile.',
    fix: [
      'Call it with an inference profile id, e.g. us.anthropic.claude-sonnet-4-5-20250929-v1:0 or global.anthropic..., instead of anthropic....',
      'List the profiles available to you with aws bedrock list-inference-profiles, and grant IAM access to the profile and the underlying model.',
    ],
    source: `${TROUBLE} ; https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-use.html`,
    examples: [
      "An error occurred (ValidationException) when calling the Converse operation: Invocation of model ID anthropic.claude-sonnet-4-20250514-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.",
    ],
  },
  {
    id: 'bedrock/invalid-model-identifier',
    provider: 'bedrock',
    match: { codes: ['ValidationException'], messageIncludes: ['the provided model identifier is invalid'] },
    fault: 'request',
    retryable: false,
    title: 'Invalid model id',
    explanation:
      'Bedrock does not recognise the modelId: a typo, an Anthropic API id (claude-sonnet-4-5) instead of a Bedrock id (anthropic.claude-...-v1:0), a missing region prefix, or a model not offered in this region.',
    fix: [
      'Use the exact Bedrock model id or inference profile id (aws bedrock list-foundation-models / list-inference-profiles).',
      'Check the client is configured for a region that offers the model.',
    ],
    rule: 'unknown-model',
    source: `${TROUBLE} ; https://github.com/langchain-ai/langchain-aws/issues/252`,
    examples: [
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\nx-amzn-RequestId: 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f\nx-amzn-ErrorType: ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/\n\n{"message":"The provided model identifier is invalid."}',
      'operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 400, RequestID: 6f1c2b7e-3d4a-4c55-9e0f-8a9b7c6d5e4f, ValidationException: The provided model identifier is invalid.',
    ],
  },
  {
    id: 'bedrock/malformed-input',
    provider: 'bedrock',
    match: { codes: ['ValidationException'], messageIncludes: ['malformed input request'] },
    fault: 'request',
    retryable: false,
    title: 'Body does not match the model\'s schema',
    explanation:
      'InvokeModel passes the body to the model provider\'s own format; the text after "Malformed input request" says which field is missing, extraneous or of the wrong type (for example a Converse-style body sent to InvokeModel, or a missing anthropic_version for Claude).',
    fix: [
      'Use the native body format of the model family (for Claude: anthropic_version "bedrock-2023-05-31", max_tokens, messages).',
      'Remove fields the schema calls extraneous and fix the types it names.',
    ],
    rule: 'invalid-parameter-type',
    source: `${INVOKE} ; https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html ; https://github.com/x3n0cr4735/celi/pull/91`,
    examples: [
      'An error occurred (ValidationException) when calling the InvokeModel operation: Malformed input request: #: subject must not be valid against schema {"required":["messages"]}#/temperature: expected type: Number, found: Null, please reformat your input and try again.',
    ],
  },
  {
    id: 'bedrock/model-returned-errors',
    provider: 'bedrock',
    match: { codes: ['ValidationException'], messageIncludes: ['returned the following errors'] },
    fault: 'request',
    retryable: false,
    title: 'The model rejected the request',
    explanation:
      'Bedrock forwarded the body to the model and the model\'s own validation refused it; the text after "The model returned the following errors:" is the model provider\'s message (for Claude, the same wording as Anthropic\'s API).',
    fix: [
      'Read the wrapped message: it names the field and the problem, as the provider\'s API would.',
      'Fix the body accordingly; Anthropic\'s Messages API rules apply to Claude models on Bedrock.',
    ],
    source: `${TROUBLE} ; ${INVOKE}`,
    examples: [
      'ValidationException: The model returned the following errors: messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `text`.',
    ],
  },
  {
    id: 'bedrock/validation-exception',
    provider: 'bedrock',
    match: { codes: ['ValidationException'] },
    fault: 'request',
    retryable: false,
    title: 'Request failed validation',
    explanation:
      'The input does not satisfy Bedrock\'s constraints: a bad model id, a parameter out of range, a wrong body shape, or an error the model itself returned.',
    fix: [
      'Read the message: it names the field or constraint.',
      'Check the request against the Converse / InvokeModel reference for this model.',
    ],
    source: TROUBLE,
    examples: [
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\nx-amzn-RequestId: 8b2f3e4a-1c5d-4e6f-9a7b-0c1d2e3f4a5b\nx-amzn-ErrorType: ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/\n\n{"message":"1 validation error detected: Value \'0\' at \'inferenceConfig.maxTokens\' failed to satisfy constraint: Member must have value greater than or equal to 1"}',
    ],
  },

  // ── 403 access ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'bedrock/marketplace-model-access',
    provider: 'bedrock',
    match: {
      messageIncludes: [
        'required aws marketplace actions',
        'your aws marketplace subscription for this model cannot be completed',
        'not authorized to perform: aws-marketplace:',
        'aws-marketplace:viewsubscriptions',
      ],
    },
    fault: 'auth',
    retryable: false,
    title: 'Model access needs AWS Marketplace permissions',
    explanation:
      'Bedrock enables third-party models through an AWS Marketplace subscription made on first use, and the calling IAM user or role may not perform the Marketplace actions it needs (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe), so access to the model is denied. Wrappers often relabel this as a connection error or a 502; it is a permission problem, and retrying unchanged does not help.',
    fix: [
      'Grant the caller aws-marketplace:Subscribe, aws-marketplace:Unsubscribe and aws-marketplace:ViewSubscriptions (or have an administrator invoke the model once so the subscription completes).',
      'Make sure the account has a valid payment method for Marketplace purchases, and for Anthropic models that the first-use form was submitted.',
      'Retry a few minutes after the change: the subscription can take up to 2 minutes to complete.',
    ],
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.md ; https://github.com/anthropics/claude-code/issues/9681 ; https://github.com/anthropics/claude-code/issues/9620',
    examples: [
      'An error occurred (AccessDeniedException) when calling the Converse operation: Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, try again after 2 minutes.',
      '403 Model access is denied due to User: arn:aws:sts::602028460818:assumed-role/dev-role/xxx is not authorized to perform: aws-marketplace:ViewSubscriptions on resource: *',
    ],
  },
  {
    id: 'bedrock/model-access-denied',
    provider: 'bedrock',
    match: { codes: ['AccessDeniedException'], messageIncludes: ["you don't have access to the model with the specified model id", 'is not authorized to invoke this api operation'] },
    fault: 'auth',
    retryable: false,
    title: 'Model access not granted',
    explanation:
      'The account has no access to this model in this region: model access was never enabled (or is pending), a provider agreement (Anthropic use-case form, Marketplace subscription) is incomplete, or the model is not offered in the region.',
    fix: [
      'In the Bedrock console of the same region, open Model access and request/enable the model; wait until it shows Access granted.',
      'Make sure the client\'s region matches the region where access was granted.',
      'For Marketplace-listed models, the caller also needs aws-marketplace:Subscribe permission on first use.',
    ],
    source: `${TROUBLE} ; https://repost.aws/knowledge-center/bedrock-invokemodel-api-error ; https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html`,
    examples: [
      "An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.",
      'AccessDeniedException: You don\'t have access to the model with the specified model ID.',
    ],
  },
  {
    id: 'bedrock/access-denied',
    provider: 'bedrock',
    match: { codes: ['AccessDeniedException'] },
    fault: 'auth',
    retryable: false,
    title: 'Not authorized (IAM)',
    explanation:
      'The IAM user or role making the call lacks permission for this action on this resource (for example bedrock:InvokeModel or bedrock:InvokeModelWithResponseStream on the model or inference profile ARN), or a policy explicitly denies it.',
    fix: [
      'Add the missing bedrock:* action for the model / inference-profile ARN named in the message to the caller\'s IAM policy.',
      'Check for explicit denies in service control policies or permission boundaries.',
      'If you use temporary credentials, make sure they have not expired.',
    ],
    source: `${TROUBLE} ; https://repost.aws/knowledge-center/bedrock-invokemodel-api-error`,
    examples: [
      'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/app-role/session is not authorized to perform: bedrock:InvokeModelWithResponseStream on resource: arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0 because no identity-based policy allows the bedrock:InvokeModelWithResponseStream action',
      '{"name":"AccessDeniedException","$fault":"client","$metadata":{"httpStatusCode":403,"requestId":"2d7c1f0e-9b8a-4c3d-8e7f-6a5b4c3d2e1f","attempts":1,"totalRetryDelay":0},"message":"User: arn:aws:iam::123456789012:user/dev is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-pro-v1:0"}',
    ],
  },
  {
    id: 'bedrock/invalid-security-token',
    provider: 'bedrock',
    match: {
      codes: ['UnrecognizedClientException', 'InvalidClientTokenId'],
      messageIncludes: ['the security token included in the request is invalid', 'the aws access key id you provided does not exist in our records'],
    },
    ...BAD_CREDENTIALS,
    examples: [
      'An error occurred (UnrecognizedClientException) when calling the InvokeModel operation: The security token included in the request is invalid.',
      'UnrecognizedClientException: The security token included in the request is invalid.',
    ],
  },
  {
    id: 'bedrock/invalid-credentials',
    provider: 'bedrock',
    match: { codes: ['UnrecognizedClientException', 'InvalidClientTokenId', 'InvalidSignatureException', 'IncompleteSignature', 'SignatureDoesNotMatch'] },
    ...BAD_CREDENTIALS,
    examples: [
      'InvalidSignatureException: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    ],
  },
  {
    id: 'bedrock/expired-token',
    provider: 'bedrock',
    match: { codes: ['ExpiredTokenException', 'ExpiredToken', 'RequestExpired'] },
    fault: 'auth',
    retryable: false,
    title: 'AWS credentials expired',
    explanation: 'The temporary credentials (STS session, SSO login, assumed role) used to sign the request have expired.',
    fix: [
      'Refresh the credentials (aws sso login, re-assume the role, or get a new session token).',
      'For long-running processes, use a credential provider that refreshes automatically instead of fixed keys.',
    ],
    source: TROUBLE,
    examples: [
      'An error occurred (ExpiredTokenException) when calling the ConverseStream operation: The security token included in the request is expired',
    ],
  },

  // ── 404 ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'bedrock/use-case-form-required',
    provider: 'bedrock',
    match: { codes: ['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException'], messageIncludes: ['model use case details have not been submitted for this account'] },
    fault: 'auth',
    retryable: false,
    title: 'Anthropic use-case form not submitted',
    explanation:
      'Before the first use of Anthropic models, an AWS account must submit Anthropic\'s use-case details in the Bedrock console. Until then (and for about 15 minutes after) calls fail with this ResourceNotFoundException.',
    fix: [
      'Fill in the Anthropic use case details form in the Bedrock console (Model access / model catalog).',
      'Wait about 15 minutes, then retry.',
    ],
    source: `${TROUBLE} ; https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html`,
    examples: [
      'botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the ConverseStream operation: Model use case details have not been submitted for this account. Fill out the Anthropic use case details form before using the model. If you have already filled out the form, try again in 15 minutes.',
    ],
  },
  {
    id: 'bedrock/legacy-model-access',
    provider: 'bedrock',
    match: { codes: ['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException'], messageIncludes: ['this model is marked by provider as legacy'] },
    fault: 'auth',
    retryable: false,
    title: 'Legacy model no longer available to this account',
    explanation:
      'The model is in Legacy status and the account has not used it in the last 30 days, so access was withdrawn; it will not come back by retrying.',
    fix: ['Move to an active model version (see the Bedrock model lifecycle page for the recommended replacement).'],
    source: `https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html ; ${TROUBLE}`,
    examples: [
      'An error occurred (ResourceNotFoundException) when calling the Converse operation: Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock',
    ],
  },
  {
    id: 'bedrock/resource-not-found',
    provider: 'bedrock',
    match: { codes: ['ResourceNotFoundException'] },
    fault: 'request',
    retryable: false,
    title: 'Model or resource not found',
    explanation:
      'The model id, ARN, inference profile, guardrail or other resource named in the request does not exist in this account and region.',
    fix: [
      'Check the id/ARN and the region the client uses (models and profiles are regional).',
      'List what is available: aws bedrock list-foundation-models, list-inference-profiles.',
    ],
    source: TROUBLE,
    examples: [
      'An error occurred (ResourceNotFoundException) when calling the Converse operation: Could not resolve the foundation model from the provided model identifier.',
    ],
  },

  // ── 429 / quota ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'bedrock/throttling',
    provider: 'bedrock',
    match: { codes: ['ThrottlingException'] },
    fault: 'rate-limit',
    retryable: true,
    title: 'Throttled: requests or tokens per minute exceeded',
    explanation:
      'The account went over its per-model, per-region quota of requests or tokens per minute ("Too many requests" / "Too many tokens"). Bedrock sends no Retry-After; the request succeeds once the minute window has room.',
    fix: [
      'Retry with exponential backoff and jitter (botocore: retries mode "adaptive" or "standard" with more attempts).',
      'Spread load with a cross-region inference profile (us./eu./global. prefix).',
      'If it is constant, ask for a quota increase in Service Quotas or buy Provisioned Throughput.',
    ],
    source: `${TROUBLE} ; ${EXC}/ThrottlingException.html ; ${QUOTAS}`,
    examples: [
      'An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.',
      'ThrottlingException: Too many tokens, please wait before trying again.',
      'HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nx-amzn-RequestId: 0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f\nx-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/\n\n{"message":"Too many requests, please wait before trying again."}',
    ],
  },
  {
    id: 'bedrock/service-quota-exceeded',
    provider: 'bedrock',
    match: { codes: ['ServiceQuotaExceededException'] },
    fault: 'quota',
    retryable: false,
    title: 'Account service quota exceeded',
    explanation:
      'The request would go over a service quota of the account (for example tokens per day for a model, or a count of resources). Unlike per-minute throttling it does not clear within seconds.',
    fix: [
      'Check the quota named in the message under Service Quotas → Amazon Bedrock, and request an increase.',
      'Retry only after the quota period resets, or use another region or model.',
    ],
    source: `${TROUBLE} ; ${QUOTAS}`,
    examples: [
      'An error occurred (ServiceQuotaExceededException) when calling the Converse operation: Your request exceeds the service quota for your account. You can view your quotas at Viewing service quotas. You can resubmit your request later.',
    ],
  },

  // ── model / service side ───────────────────────────────────────────────────────────────────────
  {
    id: 'bedrock/model-not-ready',
    provider: 'bedrock',
    match: { codes: ['ModelNotReadyException'] },
    fault: 'upstream',
    retryable: true,
    title: 'Model not ready',
    explanation:
      'The model is not ready to serve inference yet (for example an imported or custom model being loaded). AWS SDKs already retry this up to five times.',
    fix: ['Wait and retry; if the SDK already gave up, retry later with backoff.'],
    source: `${TROUBLE} ; ${EXC}/ModelNotReadyException.html`,
    examples: [
      'An error occurred (ModelNotReadyException) when calling the Converse operation: Model is not ready to serve inference requests.',
    ],
  },
  {
    id: 'bedrock/model-timeout',
    provider: 'bedrock',
    match: { codes: ['ModelTimeoutException'] },
    fault: 'upstream',
    retryable: true,
    title: 'Model timed out',
    explanation: 'Processing took longer than the model\'s timeout (HTTP 408), typically for very long inputs or outputs, or on a bidirectional stream kept open too long.',
    fix: [
      'Retry; use streaming (ConverseStream / InvokeModelWithResponseStream) for long generations.',
      'Reduce the input size or maxTokens if it keeps timing out.',
    ],
    source: `${TROUBLE} ; ${EXC}/ModelTimeoutException.html`,
    examples: [
      'ModelTimeoutException: Model has timed out in processing the request. Try your request again.',
    ],
  },
  {
    id: 'bedrock/model-error',
    provider: 'bedrock',
    match: { codes: ['ModelErrorException', 'ModelStreamErrorException'] },
    fault: 'upstream',
    retryable: true,
    title: 'The model failed while processing',
    explanation:
      'The model itself failed while handling the request (HTTP 424, with originalStatusCode in the body), or produced an invalid output such as a malformed tool-use sequence.',
    fix: [
      'Retry the request; intermittent model failures usually pass.',
      'If a tool-use sequence is reported invalid, lower temperature and check the tool schemas.',
    ],
    source: `${TROUBLE} ; ${EXC}/ModelErrorException.html`,
    examples: [
      'An error occurred (ModelErrorException) when calling the Converse operation: The system encountered an unexpected error during processing. Try your request again.',
      'An error occurred (modelStreamErrorException) when calling the ConverseStream operation: Model produced invalid sequence as part of ToolUse. Please refer to the model tool use troubleshooting guide.',
    ],
  },
  {
    id: 'bedrock/service-unavailable',
    provider: 'bedrock',
    match: { codes: ['ServiceUnavailableException'] },
    fault: 'upstream',
    retryable: true,
    title: 'Bedrock temporarily unavailable',
    explanation:
      'Bedrock could not serve the request right now (HTTP 503), usually a short capacity problem for the model in this region; "Too many connections" can also come from a client connection pool that is too small.',
    fix: [
      'Retry with exponential backoff.',
      'Use a cross-region inference profile to spread load, or try another region.',
      'If the message says "Too many connections", raise max_pool_connections in the client config.',
    ],
    source: `${TROUBLE} ; ${EXC}/ServiceUnavailableException.html`,
    examples: [
      'An error occurred (ServiceUnavailableException) when calling the InvokeModel operation (reached max retries: 4): Bedrock is unable to process your request.',
    ],
  },
  {
    id: 'bedrock/internal-server-error',
    provider: 'bedrock',
    match: { codes: ['InternalServerException', 'InternalFailure'] },
    fault: 'upstream',
    retryable: true,
    title: 'Internal error in Bedrock',
    explanation: 'Bedrock failed on its side (HTTP 500); the request itself is not the cause.',
    fix: [
      'Retry with exponential backoff and jitter.',
      'If it persists, contact AWS Support with the x-amzn-RequestId.',
    ],
    source: TROUBLE,
    examples: [
      'An error occurred (InternalServerException) when calling the ConverseStream operation (reached max retries: 4): The system encountered an unexpected error during processing. Try your request again.',
    ],
  },
];
