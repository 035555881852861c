#pragma once

#include "lab/labdefinition.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace Keyless::Lab {

// The randomised names of one lab instance: "{{app}}" → "func-orders-k3x9q". The same rules and
// seed always give the same names (on every platform), so an attempt replays exactly.
class LabNames final
{
public:
    LabNames() = default;
    LabNames(const QList<NameRule> &rules, quint64 seed);

    QString value(const QString &key) const { return m_values.value(key); }
    const QHash<QString, QString> &values() const { return m_values; }

    // Replaces every {{key}} (spaces inside the braces allowed); unknown keys are left as they are.
    QString apply(const QString &text) const;
    QJsonValue apply(const QJsonValue &value) const;
    QJsonObject apply(const QJsonObject &object) const;

private:
    QHash<QString, QString> m_values;
};

} // namespace Keyless::Lab
