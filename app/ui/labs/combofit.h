#pragma once

class QComboBox;
class QString;

namespace Keyless::Ui::Labs {

// The width `box` needs to show `text` whole: the text in its font with the frame and the arrow its style draws.
int comboWidthFor(const QComboBox &box, const QString &text);

// Makes `box` follow its texts: it asks for the width of its widest item (AdjustToContents; by default a combo
// keeps the width it measured when first shown, so after a language switch "Alle Ergebnisse" was cut to "Alle
// Ergebniss"), and it is never made narrower than its current text, through item, language, font (presenter
// mode, zoom) and style changes. Qt's own minimum is the frame and the arrow alone.
void followTexts(QComboBox *box);

} // namespace Keyless::Ui::Labs
