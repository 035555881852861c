#pragma once

#include "sim/accessdecision.h"
#include "sim/httpmessage.h"
#include "sim/origin.h"
#include "sim/tokenservice.h"

namespace Keyless::Sim {

class World;
struct Resource;

// The data planes reached by simulated HTTP, with the services' own status codes, error codes and bodies
// (facts §5, §6, §7; real-world cases C01-C03, C13-C15, C19).
namespace KeyVaultService {
// https://<vault>.vault.azure.net/secrets[/<name>[/<version>|/versions]]?api-version=7.4
HttpResponse handle(World &world, const Resource &vault, const HttpRequest &request, const Origin &origin);
QStringList audiences();
// Data-plane authorization of a secret operation ("get", "list", "set", "delete") for a verified token, in the
// vault's permission model (Azure RBAC or access policies). Used by the data plane and by Key Vault references.
AccessDecision authorize(const World &world, const Resource &vault, const TokenCheck &token, const QString &permission,
                         const QString &secretName);
} // namespace KeyVaultService

namespace BlobService {
// https://<acct>.blob.core.windows.net/<container>?restype=container[&comp=list] and /<container>/<blob>.
// Authorization: "Bearer <jwt>" or "SharedKey <account>:<key>" (the simulator accepts the key itself as signature).
HttpResponse handle(World &world, const Resource &account, const HttpRequest &request, const Origin &origin);
QStringList audiences(const Resource &account);
} // namespace BlobService

namespace CosmosService {
// https://<acct>.documents.azure.com:443/ [dbs[/<db>[/colls[/<c>[/docs[/<id>]]]]]]
// Authorization: "type=aad&ver=1.0&sig=<jwt>" or "type=master&ver=1.0&sig=<account key>" (URL-encoded or not).
// Queries: POST .../docs with x-ms-documentdb-isquery: true and {"query": "SELECT * FROM c [WHERE c.f = 'v']"}.
HttpResponse handle(World &world, const Resource &account, const HttpRequest &request, const Origin &origin);
QStringList audiences(const Resource &account);
QString authorizationHeader(const QString &type, const QString &signature); // "type=aad&ver=1.0&sig=..." encoded
// Data-plane (SQL) RBAC decision for a verified token: `action` on `path` ("/", "/dbs/x", "/dbs/x/colls/y").
AccessDecision authorize(const World &world, const Resource &account, const TokenCheck &token, const QString &action,
                         const QString &path);
} // namespace CosmosService

namespace ArmService {
// https://management.azure.com/<resource id>?api-version=... : GET a resource / resource group, POST .../listKeys
HttpResponse handle(World &world, const HttpRequest &request, const Origin &origin);
QStringList audiences();
} // namespace ArmService

} // namespace Keyless::Sim
