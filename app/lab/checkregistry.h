#pragma once

#include "lab/labdefinition.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Keyless::Lab {

struct CheckContext;

// What one check says about the current world: pass/fail and a sentence for the learner.
struct CheckOutcome {
    bool passed = false;
    QString feedback;
    bool subjectMissing = false; // failed because the principal or resource it is about does not exist
};

// The declarative check kinds a lab may use, each with its parameter list. The registry is what
// the loader validates against (unknown check, unknown or missing parameter, wrong type, a
// parameter that must name a resource of the initial world) and what the engine evaluates with.
class CheckRegistry final
{
public:
    // Numbers: one number, or an array of them (any of which matches).
    enum class ParamType { String, Bool, Number, Numbers, StringList, Any };
    // What a string parameter refers to, so the loader can reject dangling references.
    enum class Reference {
        None,
        Resource,  // the name of a resource in the initial world
        Principal, // an app/sim principal reference: "sami:<resource>", "uami:<identity>", "group:<name>", ...
        Scope,     // an app/sim scope reference: "resource:<name>[/<child>]", "resourceGroup:<rg>", "subscription"
    };

    struct Param {
        QString name;
        ParamType type = ParamType::String;
        bool required = false;
        Reference reference = Reference::None;
        QStringList allowed; // allowed string values; empty = any
        QString description; // one line, used by docs and the schema
    };

    using Evaluator = std::function<CheckOutcome(const CheckSpec &, const CheckContext &)>;

    struct Kind {
        QString name;
        QString description;
        QList<Param> params;
        Evaluator evaluate;
        // A constraint says that something wrong is absent (too broad a role, a secret, a setting). It holds
        // trivially while its subject does not exist, so on its own it is no evidence of the learner's work.
        std::function<bool(const CheckSpec &)> isConstraint = {};
        bool constrains(const CheckSpec &spec) const { return isConstraint && isConstraint(spec); }
    };

    // The built-in check kinds (see checks.cpp and labs/README.md).
    static CheckRegistry builtIn();

    void add(Kind kind);
    const Kind *find(const QString &name) const;
    QStringList names() const;
    const QList<Kind> &kinds() const { return m_kinds; }

    static QString typeName(ParamType type);
    static bool matchesType(const QJsonValue &value, ParamType type);

private:
    QList<Kind> m_kinds;
};

} // namespace Keyless::Lab
