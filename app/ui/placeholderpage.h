#pragma once

#include <QLabel>

namespace Keyless::Ui {

// A page that is not built yet: says so instead of showing an empty area.
inline QWidget *makePlaceholderPage(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace Keyless::Ui
