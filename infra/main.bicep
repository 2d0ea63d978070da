// NkFunctions on Azure: a Flex Consumption function app (.NET isolated) whose user-assigned identity reaches the
// storage account (Functions host storage + analytics tables) and Application Insights without any key.
// Deployed by `azd up` (azure.yaml) into one resource group; compiled and asserted by tests/NkFunctions.DeploymentTests.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Region of every resource. It must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('.NET version of the isolated worker on Flex Consumption; must match <TargetFramework> in Directory.Build.props.')
param dotnetVersion string = '10.0'

@minValue(40)
@maxValue(1000)
@description('Most instances Flex Consumption scales out to (40 is the platform minimum for this cap).')
param maximumInstanceCount int = 100

@allowed([
  512
  2048
  4096
])
@description('Memory of each instance in MB; also the unit of GB-seconds billing.')
param instanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
@description('HTTP requests one instance takes at once before Flex adds instances; keep it equal to extensions.http.maxConcurrentRequests in host.json.')
param httpPerInstanceConcurrency int = 100

@description('Origins allowed to call the API from browsers (app setting Cors__AllowedOrigins__N); empty allows any origin.')
param corsAllowedOrigins string[] = []

@description('Public site where readers read the articles (e.g. https://nk.example); embeds and oEmbed link there. Empty: the API origin.')
param embedsSiteUrl string = ''

@description('Origin of the API as partners reach it (e.g. a CDN or custom domain). Empty: the function app\'s own https origin.')
param embedsPublicApiOrigin string = ''

@description('Origins allowed to frame embed pages (app setting Embeds__FrameAncestors__N); empty lets any site embed.')
param embedsFrameAncestors string[] = []

@minLength(1)
@description('Site name mixed into the visitor-day hash (Analytics:Site).')
param analyticsSite string = 'nkfunctions'

@description('Domains whose Plausible tracker events are ours (app setting Analytics__Domains__N); empty: only analyticsSite.')
param analyticsDomains string[] = []

@minValue(30)
@maxValue(730)
@description('Days Log Analytics keeps telemetry (31 days are included in the ingestion price).')
param logRetentionInDays int = 30

var resourceToken = toLower(uniqueString(resourceGroup().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-nk-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'

// Built-in role definitions (well-known ids, the same in every tenant) the identity gets on the storage account.
var storageRoleIds = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner: host keys, timer leases, the deployment package
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor: the Functions host's own queues
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor: the analytics tables
]
// Monitoring Metrics Publisher: sending telemetry to an Application Insights resource that refuses keys.
var monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

// Exists before the app so its roles are granted before the app first starts.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-nk-${resourceToken}'
  location: location
  tags: tags
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: 'stnk${resourceToken}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false // nothing uses keys: the app, the host and deployments authenticate as the identity
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }

  resource blobServices 'blobServices' = {
    name: 'default'

    resource deploymentContainer 'containers' = {
      name: deploymentContainerName
      properties: { publicAccess: 'None' }
    }
  }
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoleIds: {
    name: guid(storage.id, identity.id, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: 'log-nk-${resourceToken}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-nk-${resourceToken}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    DisableLocalAuth: true // telemetry is accepted only with an Entra token (the identity's, below)
  }
}

resource metricsPublisherAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, monitoringMetricsPublisherRoleId)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      monitoringMetricsPublisherRoleId
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-nk-${resourceToken}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // No `cors` here on purpose: platform CORS would take over the CORS headers the app itself answers with.
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: dotnetVersion
      }
    }
  }
  dependsOn: [
    // The host reads its keys and leases from storage at first start: the roles must be in place by then.
    storageRoleAssignments
    metricsPublisherAssignment
  ]

  // Deployments go through Entra tokens (azd, az); publishing with basic credentials stays off.
  resource ftpPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: { allow: false }
  }

  resource scmPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: { allow: false }
  }
}

// A child resource so the default origin can come from the created app's own host name.
// Flex Consumption forbids FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION: functionAppConfig.runtime says it.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union(
    {
      AzureWebJobsStorage__accountName: storage.name
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.properties.clientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identity.properties.clientId}'
      AzureWebJobsDisableHomepage: 'true'
      Analytics__Site: analyticsSite
      Embeds__SiteUrl: embedsSiteUrl
      Embeds__PublicApiOrigin: empty(embedsPublicApiOrigin)
        ? 'https://${functionApp.properties.defaultHostName}'
        : embedsPublicApiOrigin
    },
    indexedSettings('Cors__AllowedOrigins', corsAllowedOrigins),
    indexedSettings('Embeds__FrameAncestors', embedsFrameAncestors),
    indexedSettings('Analytics__Domains', analyticsDomains)
  )
}

// A list option as app settings: Name__0, Name__1, ... (how .NET configuration binds arrays from flat keys).
func indexedSettings(prefix string, values string[]) object =>
  toObject(range(0, length(values)), i => '${prefix}__${i}', i => values[i])

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_FUNCTION_APP_NAME string = functionApp.name
output SERVICE_API_NAME string = functionApp.name
output SERVICE_API_URI string = 'https://${functionApp.properties.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
