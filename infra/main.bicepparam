// Parameters for `azd up`: azd hands its environment (.azure/<env>/.env, set with `azd env set NAME value`) to the
// bicep CLI, which reads it here. Lists are comma-separated; what is unset keeps the default named here.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME')
param location = readEnvironmentVariable('AZURE_LOCATION')
param maximumInstanceCount = int(readEnvironmentVariable('NK_MAXIMUM_INSTANCE_COUNT', '100'))
// A lookup, not int(): only the sizes Flex Consumption offers compile.
param instanceMemoryMB = memorySizes[readEnvironmentVariable('NK_INSTANCE_MEMORY_MB', '2048')]
param httpPerInstanceConcurrency = int(readEnvironmentVariable('NK_HTTP_PER_INSTANCE_CONCURRENCY', '100'))
param corsAllowedOrigins = filter(
  map(split(readEnvironmentVariable('NK_CORS_ALLOWED_ORIGINS', ''), ','), o => trim(o)),
  o => !empty(o)
)
param embedsSiteUrl = readEnvironmentVariable('NK_EMBEDS_SITE_URL', '')
param embedsPublicApiOrigin = readEnvironmentVariable('NK_EMBEDS_PUBLIC_API_ORIGIN', '')
param embedsFrameAncestors = filter(
  map(split(readEnvironmentVariable('NK_EMBEDS_FRAME_ANCESTORS', ''), ','), o => trim(o)),
  o => !empty(o)
)
param analyticsSite = readEnvironmentVariable('NK_ANALYTICS_SITE', 'nkfunctions')
param analyticsDomains = filter(
  map(split(readEnvironmentVariable('NK_ANALYTICS_DOMAINS', ''), ','), o => trim(o)),
  o => !empty(o)
)
param logRetentionInDays = int(readEnvironmentVariable('NK_LOG_RETENTION_DAYS', '30'))

var memorySizes = {
  '512': 512
  '2048': 2048
  '4096': 4096
}
