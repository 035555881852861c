#pragma once

class QWidget;

namespace Keyless::Ui {

// Keeps `widget`'s font at `scale` times its parent's (and bold if asked), also after presenter mode or
// zoom change the application font. A font given once with setFont() would keep its first size for good.
void setRelativeFont(QWidget *widget, double scale, bool bold = true);

// Gives `widget` the system's fixed-pitch family and nothing else: its size and weight stay inherited, so
// console and code text grow with presenter mode and zoom like the rest (a whole system FixedFont would not).
void setFixedPitchFont(QWidget *widget);

} // namespace Keyless::Ui
