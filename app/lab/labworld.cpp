#include "lab/labworld.h"

#include "lab/checkregistry.h"
#include "shell/parser.h"

#include <QRegularExpression>

namespace Keyless::Lab {

LabInstance LabWorld::instantiate(const LabDefinition &lab, quint64 seed)
{
    LabInstance instance;
    instance.names = LabNames(lab.names, seed);
    QJsonObject world = instance.names.apply(lab.world);
    const QString base = world.value(QLatin1String("seed")).toString(lab.id);
    world.insert(QStringLiteral("seed"), QStringLiteral("%1#%2").arg(base).arg(seed));
    Sim::WorldLoadResult loaded = Sim::World::fromJson(world);
    instance.world = std::move(loaded.world);
    instance.errors = loaded.errors;
    return instance;
}

QString LabWorld::pointerFromSimPath(const QString &path)
{
    // "resources[2].appSettings.X" → "/resources/2/appSettings/X"; anything unexpected stays readable.
    static const QRegularExpression token(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QString pointer;
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        pointer += QLatin1Char('/') + (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
    }
    return pointer;
}

namespace {

// Does a principal reference name something that exists (or will, once the learner turns a
// system-assigned identity on)? "sami:x" only needs resource x to be a compute resource.
QString principalProblem(const Sim::World &world, const QString &reference)
{
    const int colon = int(reference.indexOf(QLatin1Char(':')));
    const QString kind = colon < 0 ? QString() : reference.left(colon);
    const QString name = reference.mid(colon + 1);
    if (kind == QLatin1String("sami")) {
        const Sim::Resource *resource = world.findResource(name);
        if (!resource)
            return QStringLiteral("\"%1\" names no resource in the initial world").arg(name);
        if (!resource->isCompute())
            return QStringLiteral("%1 is not a compute resource, so it has no system-assigned identity").arg(name);
        return {};
    }
    if (kind == QLatin1String("uami")) {
        if (!world.findResource(name, Sim::ResourceType::userAssignedIdentity()))
            return QStringLiteral("\"%1\" names no user-assigned identity in the initial world").arg(name);
        return {};
    }
    if (kind == QLatin1String("group") || kind == QLatin1String("user") || reference == QLatin1String("learner")) {
        if (world.resolvePrincipal(reference).isEmpty())
            return QStringLiteral("\"%1\" does not resolve in the initial world").arg(reference);
        return {};
    }
    return QStringLiteral("\"%1\" is not a principal reference (use sami:<resource>, uami:<identity>, "
                          "group:<name>, user:<name> or learner)")
        .arg(reference);
}

} // namespace

QList<WorldProblem> LabWorld::validate(const LabDefinition &lab, const CheckRegistry &registry)
{
    QList<WorldProblem> problems;
    const LabInstance instance = instantiate(lab, lab.defaultSeed);
    for (const QString &error : instance.errors) {
        const int colon = int(error.indexOf(QLatin1String(": ")));
        const QString path = colon > 0 ? error.left(colon) : QString();
        const bool looksLikePath = !path.isEmpty() && !path.contains(QLatin1Char(' '));
        problems << WorldProblem{QStringLiteral("/world") + (looksLikePath ? pointerFromSimPath(path) : QString()),
                                 QStringLiteral("invalid world: %1").arg(error)};
    }
    if (!instance.errors.isEmpty())
        return problems; // references into a broken world would only repeat the same errors
    const Sim::World &world = instance.world;
    for (qsizetype t = 0; t < lab.tasks.size(); ++t) {
        for (const CheckSpec &spec : lab.tasks.at(t).checks) {
            const CheckRegistry::Kind *kind = registry.find(spec.check);
            if (!kind)
                continue;
            for (const auto &param : kind->params) {
                const QJsonValue raw = spec.params.value(param.name);
                if (!raw.isString() || param.reference == CheckRegistry::Reference::None)
                    continue;
                const QString value = instance.names.apply(raw.toString());
                const QString at = spec.pointer + QLatin1Char('/') + param.name;
                QString problem;
                switch (param.reference) {
                case CheckRegistry::Reference::Resource:
                    if (!world.findResource(value))
                        problem = QStringLiteral("\"%1\" names no resource in the initial world").arg(raw.toString());
                    break;
                case CheckRegistry::Reference::Principal:
                    problem = principalProblem(world, value);
                    break;
                case CheckRegistry::Reference::Scope:
                    if (world.resolveScope(value).isEmpty())
                        problem = QStringLiteral("scope \"%1\" does not resolve in the initial world (use "
                                                 "resource:<name>[/child], resourceGroup:<rg> or subscription)")
                                      .arg(raw.toString());
                    break;
                case CheckRegistry::Reference::None:
                    break;
                }
                if (!problem.isEmpty())
                    problems << WorldProblem{at, problem};
            }
        }
    }
    return problems;
}

QStringList LabWorld::parseScript(const QString &script)
{
    const Shell::ParseResult result = Shell::Parser::parse(script);
    if (result.ok())
        return {};
    return {QStringLiteral("line %1: %2").arg(result.errorLine).arg(result.error)};
}

} // namespace Keyless::Lab
