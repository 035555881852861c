#pragma once

#include "sim/httpmessage.h"

namespace Keyless::Sim {

class World;
struct Resource;

// The local token endpoints code on a compute resource calls (facts §2):
// - IMDS on VMs: GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=...
//   with header Metadata: true; selectors client_id / object_id / msi_res_id; bypass_cache=true.
// - App Service / Functions: GET $IDENTITY_ENDPOINT?resource=...&api-version=2019-08-01 with
//   X-IDENTITY-HEADER: $IDENTITY_HEADER; selectors client_id / principal_id (object_id) / mi_res_id.
namespace IdentityEndpoint {

QString imdsHost();           // "169.254.169.254"
QString appServiceEndpoint(); // "http://localhost:4141/MSI/token"

HttpResponse handleImds(World &world, const Resource &vm, const HttpRequest &request);
HttpResponse handleAppService(World &world, const Resource &site, const HttpRequest &request);

// Entra's check that a resource (audience) exists in the tenant: first-party APIs, account-style hosts and
// identifier URIs of application service principals. Returns "" when known, else the AADSTS500011 description.
QString unknownResourceError(const World &world, const QString &resource);

} // namespace IdentityEndpoint
} // namespace Keyless::Sim
