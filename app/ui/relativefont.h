#pragma once

class QWidget;

namespace Keyless::Ui {

// Keeps `widget`'s font at `scale` times its parent's (and bold if asked), also after presenter mode or
// zoom change the application font. A font given once with setFont() would keep its first size for good.
void setRelativeFont(QWidget *widget, double scale, bool bold = true);

} // namespace Keyless::Ui
