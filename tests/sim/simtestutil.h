#pragma once

// Shared helpers for the sim tests: build worlds from inline JSON and poke them like code on a resource would.
#include "sim/controlplane.h"
#include "sim/workloadrunner.h"
#include "sim/world.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

namespace SimTest {

using namespace Keyless::Sim;

inline World load(const char *json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    WorldLoadResult r = World::fromJson(doc.object());
    if (!r.ok())
        qWarning("world JSON errors: %s", qPrintable(r.errors.join(QStringLiteral("; "))));
    return r.world;
}

inline QString idOf(const World &w, const char *name)
{
    const Resource *r = w.findResource(QString::fromLatin1(name));
    return r ? r->id : QString();
}

inline HttpResponse imds(World &w, const char *vm, const QString &query, bool metadata = true)
{
    HttpRequest r = HttpRequest::get(QStringLiteral("http://169.254.169.254/metadata/identity/oauth2/token?") + query);
    if (metadata)
        r.headers.set(QStringLiteral("Metadata"), QStringLiteral("true"));
    return w.send(r, Origin::resource(idOf(w, vm)));
}

inline HttpResponse appServiceToken(World &w, const char *site, const QString &query)
{
    const QString id = idOf(w, site);
    const QMap<QString, QString> env = w.environment(id);
    HttpRequest r = HttpRequest::get(
        env.value(QStringLiteral("IDENTITY_ENDPOINT"), QStringLiteral("http://localhost:4141/MSI/token")) +
        QLatin1Char('?') + query);
    r.headers.set(QStringLiteral("X-IDENTITY-HEADER"), env.value(QStringLiteral("IDENTITY_HEADER")));
    return w.send(r, Origin::resource(id));
}

inline HttpResponse withBearer(World &w, const QString &method, const QString &url, const QString &token,
                               const Origin &origin = Origin::laptop(), const QByteArray &body = {})
{
    HttpRequest r =
        HttpRequest::withBody(method, url, body, body.isEmpty() ? QString() : QStringLiteral("application/json"));
    r.headers.set(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token);
    r.headers.set(QStringLiteral("x-ms-version"), QStringLiteral("2021-08-06")); // Storage needs it for OAuth
    return w.send(r, origin);
}

inline QString accessToken(const HttpResponse &r)
{
    return r.json().value(QStringLiteral("access_token")).toString();
}

inline StepResult runStep(World &w, const char *resource, const char *stepJson)
{
    const Workload wl = Workload::fromJson(QJsonDocument::fromJson(QByteArray("[") + stepJson + "]").array());
    const QString id = idOf(w, resource);
    const WorkloadResult res = WorkloadRunner(w).run(wl, Origin::resource(id), w.environment(id));
    return res.steps.value(0);
}

inline StepResult runLocal(World &w, const char *stepJson, const QMap<QString, QString> &env = {})
{
    const Workload wl = Workload::fromJson(QJsonDocument::fromJson(QByteArray("[") + stepJson + "]").array());
    return WorkloadRunner(w).run(wl, Origin::laptop(), env).steps.value(0);
}

} // namespace SimTest
