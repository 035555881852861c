#include "progress/database.h"
#include "studyfixture.h"
#include "ui/guiapplication.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/labpages.h"
#include "ui/labs/labworkspace.h"
#include "ui/mainwindow.h"
#include "ui/study/appearance.h"
#include "ui/study/lessonspage.h"
#include "ui/study/practicepage.h"
#include "ui/study/quizwidget.h"
#include "ui/study/settingsdialog.h"
#include "ui/study/translations.h"
#include "ui/study/welcomedialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <cmath>

using Keyless::Ui::Appearance;
using Keyless::Ui::MainWindow;
using Keyless::Ui::Navigator;
using Keyless::Ui::SettingsDialog;
using Keyless::Ui::Translations;
using Keyless::Ui::UiState;

// The whole frame with the real study pages: presenter mode, zoom, theme, language, banner, welcome.
class TestAppWide final : public QObject
{
    Q_OBJECT

    // The width of an arrow as drawn: the columns of `area` in `widget`'s picture that hold the text's colour (nearer
    // it than the button's).
    static int inkColumns(QWidget &widget, const QRect &area, const QColor &text)
    {
        const QImage image = widget.grab().toImage();
        const QColor button = widget.palette().color(QPalette::Button);
        int columns = 0;
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x) {
            for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.lightness() - text.lightness()) < std::abs(c.lightness() - button.lightness()) - 20) {
                    ++columns;
                    break;
                }
            }
        }
        return columns;
    }

    // A combo box's arrow, drawn in the button text's colour.
    static int arrowColumns(QComboBox &combo)
    {
        QStyleOptionComboBox option;
        option.initFrom(&combo);
        option.rect = combo.rect();
        option.subControls = QStyle::SC_All;
        const QRect area =
            QApplication::style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, &combo);
        return inkColumns(combo, area, combo.palette().color(QPalette::ButtonText));
    }

    // A spin box's up arrow, drawn in the window text's colour (as Fusion draws it).
    static int spinArrowColumns(QSpinBox &spin)
    {
        QStyleOptionSpinBox option;
        option.initFrom(&spin);
        option.rect = spin.rect();
        option.subControls = QStyle::SC_All;
        option.buttonSymbols = spin.buttonSymbols();
        const QRect area =
            QApplication::style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxUp, &spin);
        return inkColumns(spin, area, spin.palette().color(QPalette::WindowText));
    }

private:
    // Shown at 1280x800 and active, so that shortcuts and the keyboard focus work as for the learner.
    static bool showActiveAt1280x800(QWidget &window)
    {
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<StudyFixture>();
        QVERIFY(m_f->setUp());
        m_appearance = std::make_unique<Appearance>(m_f->uiState);
        m_translations = std::make_unique<Translations>();
        connect(&m_f->uiState, &UiState::languageChanged, m_translations.get(),
                [this](const QString &code) { m_translations->apply(code); });
    }
    void cleanup()
    {
        m_translations.reset();
        m_appearance.reset();
        m_f.reset();
    }

    void presenterModeFromTheToolbarAndF11()
    {
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qreal normalSize = QApplication::font().pointSizeF();
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *presenter = window.findChild<QAction *>(QStringLiteral("presenterAction"));
        QVERIFY(toolBar && presenter);
        QWidget *button = toolBar->widgetForAction(presenter);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_f->uiState.presenterMode());
        QTRY_VERIFY(window.isFullScreen());
        QVERIFY(!window.menuBar()->isVisible());
        QCOMPARE(QApplication::font().pointSizeF(), normalSize * m_f->uiState.presenterScale());
        QVERIFY(Keyless::Ui::lineWidth(m_f->uiState) > 2);

        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(!m_f->uiState.presenterMode());
        QTRY_VERIFY(!window.isFullScreen());
        QVERIFY(window.menuBar()->isVisible());
        QCOMPARE(QApplication::font().pointSizeF(), normalSize);

        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(m_f->uiState.presenterMode());
        QTest::keyClick(&window, Qt::Key_Escape); // Escape leaves presenter mode too
        QVERIFY(!m_f->uiState.presenterMode());
    }

    void zoomWithControlPlusAndMinus()
    {
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qreal normalSize = QApplication::font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_f->uiState.zoomSteps(), 2);
        QCOMPARE(QApplication::font().pointSizeF(), normalSize + 2);
        auto *lessons = window.page(Navigator::Page::Lessons);
        QTRY_COMPARE(lessons->findChild<QLineEdit *>(QStringLiteral("lessonSearch"))->font().pointSizeF(),
                     normalSize + 2);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_f->uiState.zoomSteps(), 1);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSizeF(), normalSize);
    }

    // QA: after Ctrl+= three times and Ctrl+Q, keyless.conf had no zoomSteps and the next start was at normal size.
    void zoomIsRememberedOnRestart()
    {
        {
            MainWindow window(m_f->context, *m_f->settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(m_f->uiState.zoomSteps(), 3);
            QVERIFY(window.close());
        }
        const QSettings onDisk(m_f->settings->fileName(), QSettings::IniFormat);
        QCOMPARE(onDisk.value(Keyless::Ui::SettingsKeys::zoomSteps()).toInt(), 3);
        UiState restarted;
        Keyless::Ui::loadUiState(restarted, onDisk);
        QCOMPARE(restarted.zoomSteps(), 3);
    }

    // QA: after `keyless --lang de` a theme change saved language=de, and the next start without --lang was German.
    void aLanguageForOneRunIsNotSaved_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("how"); // what the learner changes during the --lang run
        for (const QString &saved : {QString(), QStringLiteral("es")}) {
            const QString name = saved.isEmpty() ? QStringLiteral("system") : saved;
            for (const QString &how :
                 {QStringLiteral("view menu theme"), QStringLiteral("settings theme"), QStringLiteral("zoom")})
                QTest::addRow("%s, %s", qPrintable(name), qPrintable(how)) << saved << how;
        }
    }
    void aLanguageForOneRunIsNotSaved()
    {
        QFETCH(QString, saved);
        QFETCH(QString, how);
        m_f->settings->setValue(Keyless::Ui::SettingsKeys::language(), saved);
        Keyless::Ui::loadUiState(m_f->uiState, *m_f->settings); // as runGui does with --lang de
        m_f->uiState.setLanguageForThisRun(QStringLiteral("de"));
        QCOMPARE(m_f->uiState.language(), QStringLiteral("de"));
        {
            MainWindow window(m_f->context, *m_f->settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (how == QLatin1String("view menu theme")) {
                window.findChild<QAction *>(QStringLiteral("themeDarkAction"))->trigger();
            } else if (how == QLatin1String("zoom")) {
                QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            } else {
                SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath, &window);
                QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
                         QStringLiteral("de"));
                dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"))->setCurrentIndex(2);
            }
            QCOMPARE(m_f->uiState.language(), QStringLiteral("de"));
            QVERIFY(window.close());
        }
        const QSettings onDisk(m_f->settings->fileName(), QSettings::IniFormat);
        QCOMPARE(onDisk.value(Keyless::Ui::SettingsKeys::language()).toString(), saved);
        UiState restarted;
        Keyless::Ui::loadUiState(restarted, onDisk);
        QCOMPARE(restarted.language(), saved);

        // A language picked in Settings during that run is the learner's choice, and saved.
        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QCOMPARE(m_f->uiState.language(), QStringLiteral("en"));
        QCOMPARE(m_f->settings->value(Keyless::Ui::SettingsKeys::language()).toString(), QStringLiteral("en"));
    }

    // QA: in a `--lang de` run, picking Deutsch in Settings (already shown) saved nothing: the next start was English.
    void pickingTheOneRunsLanguageSavesIt()
    {
        m_f->settings->setValue(Keyless::Ui::SettingsKeys::language(), QStringLiteral("es"));
        Keyless::Ui::loadUiState(m_f->uiState, *m_f->settings);
        m_f->uiState.setLanguageForThisRun(QStringLiteral("de"));
        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const int deutsch = language->findData(QStringLiteral("de"));
        QCOMPARE(language->currentIndex(), deutsch);
        emit language->activated(deutsch); // what choosing the item shown already does: no index change
        QCOMPARE(m_f->settings->value(Keyless::Ui::SettingsKeys::language()).toString(), QStringLiteral("de"));
        UiState restarted;
        Keyless::Ui::loadUiState(restarted, QSettings(m_f->settings->fileName(), QSettings::IniFormat));
        QCOMPARE(restarted.language(), QStringLiteral("de"));
        m_f->uiState.setLanguage(QStringLiteral("en"));
    }

    // QA: in dark, an unchecked check box had no visible edge (Fusion's frame is about the colour of Base), and
    // dialog buttons showed Qt's dark built-in icons on dark buttons.
    void checkBoxesHaveAVisibleEdgeInBothThemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("radio"); // review: a radio button's edge in dark was as faint as a check box's had been
        QTest::newRow("light") << false << false;
        QTest::newRow("dark") << true << false;
        QTest::newRow("light radio") << false << true;
        QTest::newRow("dark radio") << true << true;
    }

    void checkBoxesHaveAVisibleEdgeInBothThemes()
    {
        QFETCH(bool, dark);
        QFETCH(bool, radio);
        m_f->uiState.setTheme(dark ? UiState::Theme::Dark : UiState::Theme::Light);
        QCOMPARE(m_f->uiState.isDark(), dark);
        const QPalette palette = QApplication::palette();
        QCheckBox box(QStringLiteral("Reduced motion"));
        box.setPalette(palette);
        box.resize(box.sizeHint());
        QStyleOptionButton option;
        option.initFrom(&box);
        option.state |= QStyle::State_Off;
        option.rect = QApplication::style()->subElementRect(
            radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, &box);
        for (const QPalette::ColorRole behind : {QPalette::Window, QPalette::Base}) {
            QImage image(option.rect.size() + QSize(4, 4), QImage::Format_ARGB32);
            image.fill(palette.color(behind));
            {
                QPainter painter(&image);
                QStyleOptionButton at = option;
                at.rect.moveTopLeft(QPoint(2, 2));
                QApplication::style()->drawPrimitive(
                    radio ? QStyle::PE_IndicatorRadioButton : QStyle::PE_IndicatorCheckBox, &at, &painter, &box);
            }
            const auto luminance = [](const QColor &c) {
                const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
            };
            const double background = luminance(palette.color(behind));
            double best = 1.0; // the strongest contrast along the indicator's left edge
            for (int y = 2; y < image.height() - 2; ++y) {
                for (int x = 1; x <= 4; ++x) {
                    const double l = luminance(image.pixelColor(x, y));
                    best = std::max(best, (std::max(l, background) + 0.05) / (std::min(l, background) + 0.05));
                }
            }
            QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("edge contrast %1:1 on %2").arg(best, 0, 'f', 2).arg(int(behind))));
        }
        QCOMPARE(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 0);
    }

    // Review: in presenter mode the text grew by half and check boxes, radio buttons and a drop-down's arrow kept their
    // pixel size, specks beside it on a projector. They grow with the type, in every theme, and shrink back.
    void indicatorsGrowWithTheType_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("system") << int(UiState::Theme::System);
        QTest::newRow("light") << int(UiState::Theme::Light);
        QTest::newRow("dark") << int(UiState::Theme::Dark);
    }

    void indicatorsGrowWithTheType()
    {
        QFETCH(int, theme);
        m_f->uiState.setTheme(static_cast<UiState::Theme>(theme));
        QComboBox combo;
        combo.addItem(QStringLiteral("All kinds"));
        QCheckBox box(QStringLiteral("Reduced motion"));
        const auto indicator = [&box](QStyle::PixelMetric metric) {
            return QApplication::style()->pixelMetric(metric, nullptr, &box);
        };
        const auto arrowWidth = [&combo] {
            combo.resize(combo.sizeHint());
            return arrowColumns(combo);
        };
        const int check = indicator(QStyle::PM_IndicatorWidth);
        const int radio = indicator(QStyle::PM_ExclusiveIndicatorHeight);
        const int arrow = arrowWidth();
        QVERIFY(arrow >= 4);

        m_f->uiState.setPresenterMode(true); // 1.5 times the type
        QVERIFY2(
            indicator(QStyle::PM_IndicatorWidth) >= check * 14 / 10,
            qPrintable(QStringLiteral("%1 px, %2 px before").arg(indicator(QStyle::PM_IndicatorWidth)).arg(check)));
        QVERIFY(indicator(QStyle::PM_ExclusiveIndicatorHeight) >= radio * 14 / 10);
        QVERIFY(box.sizeHint().height() >= indicator(QStyle::PM_IndicatorHeight));
        QVERIFY2(arrowWidth() >= arrow * 14 / 10,
                 qPrintable(QStringLiteral("%1 px, %2 px before").arg(arrowWidth()).arg(arrow)));

        m_f->uiState.setPresenterMode(false);
        QCOMPARE(indicator(QStyle::PM_IndicatorWidth), check);
        QCOMPARE(indicator(QStyle::PM_ExclusiveIndicatorHeight), radio);
        QCOMPARE(arrowWidth(), arrow);
    }

    // Review: a spin box's arrows kept their 8 px in presenter mode, beside type half as large again (the number of
    // questions on the Practice page). They grow with the type and come back, and the number keeps its room.
    void spinBoxArrowsGrowWithTheType_data() { indicatorsGrowWithTheType_data(); }

    void spinBoxArrowsGrowWithTheType()
    {
        QFETCH(int, theme);
        m_f->uiState.setTheme(static_cast<UiState::Theme>(theme));
        QSpinBox spin;
        spin.setRange(1, 500);
        spin.setValue(250);
        const auto measure = [&spin] {
            spin.resize(spin.sizeHint());
            return spinArrowColumns(spin);
        };
        const auto fieldFitsTheNumber = [&spin] {
            QStyleOptionSpinBox option;
            option.initFrom(&spin);
            option.rect = spin.rect();
            option.subControls = QStyle::SC_All;
            const QRect field =
                QApplication::style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, &spin);
            return field.width() >= spin.fontMetrics().horizontalAdvance(QStringLiteral("500"));
        };
        const int arrow = measure();
        QVERIFY(arrow >= 4);
        QVERIFY(fieldFitsTheNumber());
        m_f->uiState.setPresenterMode(true);
        const int grown = measure();
        QVERIFY2(grown >= arrow * 14 / 10, qPrintable(QStringLiteral("%1 px, %2 px before").arg(grown).arg(arrow)));
        QVERIFY(fieldFitsTheNumber());
        m_f->uiState.setPresenterMode(false);
        QCOMPARE(measure(), arrow);
    }

    // QA: in the system theme, after presenter mode or zoom and back, the drop-down boxes kept their large size and
    // had no arrow: the grown arrow was drawn over a box Fusion painted without one, and Fusion kept that picture in
    // its cache for the box's size. Every theme comes back to the same boxes, arrow and all.
    void comboBoxesComeBackWhole_data() { indicatorsGrowWithTheType_data(); }

    void comboBoxesComeBackWhole()
    {
        QFETCH(int, theme);
        m_f->uiState.setTheme(static_cast<UiState::Theme>(theme));
        QWidget window;
        auto *form = new QFormLayout(&window);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        auto *combo = new QComboBox(&window);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItems({QStringLiteral("By lesson"), QStringLiteral("All questions")});
        form->addRow(QStringLiteral("Questions:"), combo);
        auto *fixed = new QComboBox(&window); // one size at every type size: the same key in Fusion's pixmap cache
        fixed->addItem(QStringLiteral("All kinds"));
        fixed->setFixedSize(160, 34);
        form->addRow(QStringLiteral("Kind:"), fixed);
        window.resize(600, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const QSize size = combo->size();
        const int arrow = arrowColumns(*combo);
        QVERIFY(arrow >= 4);
        const int fixedArrow = arrowColumns(*fixed);
        QVERIFY(fixedArrow >= 4);
        for (const int round : {0, 1}) {
            if (round == 0)
                m_f->uiState.setPresenterMode(true);
            else
                m_f->uiState.setZoomSteps(3);
            QTest::qWait(20);
            QVERIFY(combo->height() > size.height());
            QVERIFY(arrowColumns(*combo) >= arrow);
            m_f->uiState.setPresenterMode(false);
            m_f->uiState.setZoomSteps(0);
            QTest::qWait(20);
            QCOMPARE(combo->size(), size);
            QCOMPARE(arrowColumns(*combo), arrow);
            QCOMPARE(arrowColumns(*fixed), fixedArrow);
        }
    }

    void themeSwitchesPalettes()
    {
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        window.findChild<QAction *>(QStringLiteral("themeDarkAction"))->trigger();
        QVERIFY(m_f->uiState.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
        QTRY_COMPARE(window.palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
        QCOMPARE(m_f->settings->value(Keyless::Ui::SettingsKeys::theme()).toString(), QStringLiteral("dark"));
        window.findChild<QAction *>(QStringLiteral("themeLightAction"))->trigger();
        QVERIFY(!m_f->uiState.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.8);
        // Status colours stay readable on both: different for light and dark.
        QVERIFY(Keyless::Ui::statusColors(Appearance::darkPalette()).good !=
                Keyless::Ui::statusColors(Appearance::lightPalette()).good);
    }

    // The overflow button's icon is built only when first drawn (it read PNG files during the start): once drawn it
    // is the base style's, after a theme change too (which replaces our style).
    void toolBarOverflowButtonShowsTheStylesIcon()
    {
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto *toolBar = window.findChild<QToolBar *>();
        QVERIFY(toolBar);
        auto *overflow = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(overflow); // hidden while the toolbar fits
        const auto expected = [] {
            const QStyle *base = QApplication::style();
            if (const auto *proxy = qobject_cast<const QProxyStyle *>(base))
                base = proxy->baseStyle();
            return base->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage();
        };
        QVERIFY(!expected().isNull());
        QCOMPARE(overflow->icon().pixmap(16).toImage(), expected());
        window.findChild<QAction *>(QStringLiteral("themeDarkAction"))->trigger();
        QCOMPARE(overflow->icon().pixmap(16).toImage(), expected());
    }

    void languageFromSettingsAppliesWithoutRestart_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("lessons");
        QTest::addColumn<QString>("practice");
        QTest::addColumn<QString>("search");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Lektionen") << QStringLiteral("Üben")
                            << QStringLiteral("Alle Lektionen durchsuchen (Strg+K)");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Lecciones") << QStringLiteral("Práctica")
                            << QStringLiteral("Buscar en todas las lecciones (Ctrl+K)");
    }

    void languageFromSettingsAppliesWithoutRestart()
    {
        QFETCH(QString, code);
        QFETCH(QString, lessons);
        QFETCH(QString, practice);
        QFETCH(QString, search);
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Lessons"));

        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath, &window);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(code));
        QCOMPARE(m_translations->current(), code);
        QVERIFY(m_translations->qtTranslationLoaded());
        QCOMPARE(m_f->settings->value(Keyless::Ui::SettingsKeys::language()).toString(), code);
        // Qt posts LanguageChange to every window: the texts change on the next turn of the event loop.
        QTRY_COMPARE(navigation->item(0)->text(), lessons);
        QCOMPARE(navigation->item(3)->text(), practice);
        auto *lessonsPage = window.page(Navigator::Page::Lessons);
        QTRY_COMPARE(lessonsPage->findChild<QLineEdit *>(QStringLiteral("lessonSearch"))->placeholderText(), search);
        QTRY_VERIFY(dialog.windowTitle() != QStringLiteral("Settings"));

        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Lessons"));
    }

    // The Settings note said "the interface switches language at once" while the Flow and Labs pages kept the
    // language they were built in; then it said which pages waited for the next start. Now every page switches,
    // and this test holds the note to that: a study page, the Flow page and the Labs page all switch at once.
    void languageNoteSaysWhichPagesSwitchAtOnce()
    {
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Navigator::Page::Flow);
        QWidget *flow = window.page(Navigator::Page::Flow);
        auto *play = flow->findChild<QAbstractButton *>(QStringLiteral("playButton"));
        auto *canonical = flow->findChild<QComboBox *>(QStringLiteral("canonicalFlowBox"));
        QVERIFY(play && canonical);
        QCOMPARE(play->text(), QStringLiteral("Play"));
        window.showPage(Navigator::Page::Labs);
        auto *labsHeading = window.page(Navigator::Page::Labs)->findChild<QLabel *>(QStringLiteral("labsHeading"));
        auto *openLab = window.page(Navigator::Page::Labs)->findChild<QPushButton *>(QStringLiteral("openLabButton"));
        QVERIFY(labsHeading && openLab);
        const QString labsHeadingEnglish = labsHeading->text();
        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath, &window);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Lektionen")); // at once
        QTRY_COMPARE(play->text(), QStringLiteral("Abspielen"));                // the Flow page too
        QVERIFY(openLab->text() == QStringLiteral("Starten") || openLab->text() == QStringLiteral("Fortsetzen"));
        QVERIFY(labsHeading->text() != labsHeadingEnglish); // and the Labs page
        QCOMPARE(canonical->itemText(0), QStringLiteral("Virtueller Computer → IMDS → Entra ID → Storage"));
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.join(u'\n').contains(QStringLiteral("Die ganze Oberfläche wechselt die Sprache sofort.")),
                 qPrintable(labels.join(u'\n')));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Lessons"));
        QTRY_COMPARE(play->text(), QStringLiteral("Play"));
        labels.clear();
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY(labels.join(u'\n').contains(QStringLiteral("The whole interface switches language at once.")));
    }

    void languageCodesResolve_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("es-MX") << QStringLiteral("es-MX") << QStringLiteral("es");
        QTest::newRow("unknown falls back to English") << QStringLiteral("fr") << QStringLiteral("en");
    }

    void languageCodesResolve()
    {
        QFETCH(QString, given);
        QFETCH(QString, resolved);
        QCOMPARE(Translations::resolve(given), resolved);
    }

    void settingsDialogShowsTheDatabaseReadOnly()
    {
        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath);
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("databasePathEdit"));
        QCOMPARE(path->text(), m_f->context.databasePath);
        QVERIFY(path->isReadOnly());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isEnabled());
        dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"))->setCurrentIndex(2);
        QCOMPARE(m_f->uiState.theme(), UiState::Theme::Dark);
        dialog.findChild<QComboBox *>(QStringLiteral("animationSpeedCombo"))->setCurrentIndex(3);
        QCOMPARE(m_f->uiState.animationSpeed(), 2.0);
        dialog.findChild<QCheckBox *>(QStringLiteral("reducedMotionCheck"))->click();
        QVERIFY(m_f->uiState.reducedMotion());

        UiState reloaded;
        Keyless::Ui::loadUiState(reloaded, *m_f->settings);
        QCOMPARE(reloaded.theme(), UiState::Theme::Dark);
        QCOMPARE(reloaded.animationSpeed(), 2.0);
        QVERIFY(reloaded.reducedMotion());

        SettingsDialog inMemory(m_f->uiState, *m_f->settings, QString());
        QVERIFY(!inMemory.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isEnabled());
    }

    // QA: the status bar said "Ready" until a menu was opened; its status tips cleared it for good.
    void statusBarTellsWhereProgressIsSavedThroughMenus_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("saved in a file") << false;
        QTest::newRow("in memory") << true;
    }

    void statusBarTellsWhereProgressIsSavedThroughMenus()
    {
        QFETCH(bool, inMemory);
        const QString file = QDir::toNativeSeparators(m_f->context.databasePath);
        if (inMemory) {
            m_f->context.databaseWarning = QStringLiteral("The folder is read-only.");
            m_f->context.databasePath.clear();
        }
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QLabel *>(QStringLiteral("storeStatus"));
        QVERIFY(status);
        const QString expected =
            inMemory ? QStringLiteral("Progress is not saved") : QStringLiteral("Progress is saved in ") + file;
        QCOMPARE(status->text(), expected);
        QVERIFY(status->isVisible());
        // What hovering a menu entry does: a status tip, then an empty one on leaving it.
        QStatusTipEvent tip(QStringLiteral("Open the settings"));
        QApplication::sendEvent(&window, &tip);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Open the settings"));
        QStatusTipEvent left{QString()};
        QApplication::sendEvent(&window, &left);
        QTRY_VERIFY(status->isVisible());
        QCOMPARE(status->text(), expected);
        m_f->uiState.setLanguage(QStringLiteral("de"));
        QTRY_VERIFY(status->text() != expected);
        QVERIFY2(inMemory || status->text().contains(file), qPrintable(status->text()));
        m_f->uiState.setLanguage(QStringLiteral("en"));
    }

    // QA: the file made read-only while Keyless ran: answers looked saved and were lost without a word.
    void bannerWhenTheStoreFailsWhileRunning()
    {
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("databaseBanner"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("storeStatus"));
        QVERIFY(!banner->isVisible());
        QSqlQuery pragma(QSqlDatabase::database(m_f->progress->database().connectionName()));
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = ON")));
        const auto restore = qScopeGuard([&pragma] { (void)pragma.exec(QStringLiteral("PRAGMA query_only = OFF")); });
        QVERIFY(!m_f->progress->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("a"), {}, 5}).ok());
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("can no longer use its progress file")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("readonly")), qPrintable(banner->text()));
        QCOMPARE(banner->accessibleName(), QStringLiteral("Warning"));
        QCOMPARE(status->text(), QStringLiteral("Progress is not saved"));
        // The first failure is the cause: a failed COMMIT's ROLLBACK error after it does not replace it (QA).
        emit m_f->progress->storageFailed(QStringLiteral("cannot rollback - no transaction is active"));
        QVERIFY2(banner->text().contains(QStringLiteral("readonly")), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QStringLiteral("cannot rollback")));
    }

    void bannerWhenTheStoreFellBackToMemory()
    {
        MainWindow fine(m_f->context, *m_f->settings);
        QVERIFY(!fine.findChild<QLabel *>(QStringLiteral("databaseBanner"))->isVisibleTo(&fine));
        m_f->context.databaseWarning = QStringLiteral("The folder is read-only.");
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("databaseBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("cannot be saved")));
        QVERIFY(banner->text().contains(QStringLiteral("The folder is read-only.")));
    }

    // Through a real store: the banner gives the reason once (the store's own sentence already says "not being
    // saved"), and a damaged file moved aside is told although saving works.
    void bannerTellsWhatHappenedToTheStore_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("accessibleName");
        QTest::newRow("unusable folder: in memory")
            << QStringLiteral("unusable") << QStringLiteral("cannot be saved") << QStringLiteral("Warning");
        QTest::newRow("damaged file moved aside")
            << QStringLiteral("damaged") << QStringLiteral("was moved to") << QStringLiteral("Notice");
    }

    void bannerTellsWhatHappenedToTheStore()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(QString, accessibleName);
        QString path;
        if (kind == QLatin1String("unusable")) {
            const QString file = m_f->dir.filePath(QStringLiteral("a-file"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("x") == 1);
            f.close();
            path = file + QStringLiteral("/sub/progress.sqlite");
        } else {
            path = m_f->dir.filePath(QStringLiteral("damaged.sqlite"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(4096, 'x'));
            f.close();
        }
        Keyless::Progress::ProgressStore store;
        const Keyless::Progress::OpenResult opened = store.open(path);
        QVERIFY(opened.ok);
        Keyless::Ui::AppContext context = m_f->context;
        context.progress = &store;
        Keyless::Ui::setStoreStatus(context, opened);
        MainWindow window(context, *m_f->settings);
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("databaseBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QStringLiteral("not being saved")), qPrintable(banner->text()));
        QCOMPARE(banner->accessibleName(), accessibleName);
        if (kind == QLatin1String("damaged")) {
            QVERIFY(!opened.movedAsidePath.isEmpty());
            QVERIFY2(banner->text().contains(QDir::toNativeSeparators(opened.movedAsidePath)),
                     qPrintable(banner->text()));
            QCOMPARE(context.databasePath, opened.path);
        } else {
            QVERIFY(context.databasePath.isEmpty());
        }
        // QA: after a switch to German the banner's own words changed and the store's reason stayed English.
        const QString english = banner->text();
        const QString reason = kind == QLatin1String("unusable") ? QStringLiteral("is a file, not a folder")
                                                                 : QStringLiteral("was moved to");
        QVERIFY2(english.contains(reason), qPrintable(english));
        m_f->uiState.setLanguage(QStringLiteral("de"));
        QTRY_VERIFY(banner->text() != english);
        QVERIFY2(!banner->text().contains(reason), qPrintable(banner->text()));
        if (kind == QLatin1String("damaged"))
            QVERIFY(banner->text().contains(QDir::toNativeSeparators(opened.movedAsidePath)));
        m_f->uiState.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(banner->text(), english);
    }

    // Titles are drawn larger than the text; presenter mode must scale them too (they had a size fixed at start).
    void titlesGrowWithPresenterMode_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("title");
        QTest::newRow("lesson title") << int(Navigator::Page::Lessons) << QStringLiteral("lessonTitle");
        QTest::newRow("progress title") << int(Navigator::Page::Progress) << QStringLiteral("progressTitle");
    }

    void titlesGrowWithPresenterMode()
    {
        QFETCH(int, page);
        QFETCH(QString, title);
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        window.showPage(static_cast<Navigator::Page>(page));
        auto *label = window.findChild<QLabel *>(title);
        QVERIFY(label);
        const double before = label->font().pointSizeF();
        const double text = QApplication::font().pointSizeF();
        QVERIFY2(before > text * 1.2, qPrintable(QStringLiteral("%1 vs %2").arg(before).arg(text)));
        m_f->uiState.setPresenterMode(true);
        QCoreApplication::processEvents();
        const double scale = m_f->uiState.presenterScale();
        QVERIFY(scale > 1.05);
        QVERIFY2(
            qAbs(label->font().pointSizeF() - before * scale) < 0.6,
            qPrintable(QStringLiteral("%1 -> %2, scale %3").arg(before).arg(label->font().pointSizeF()).arg(scale)));
        QVERIFY(label->font().bold());
        m_f->uiState.setPresenterMode(false);
        QCoreApplication::processEvents();
        QVERIFY(qAbs(label->font().pointSizeF() - before) < 0.01);
    }

    void firstRunWelcomeStartsTheFirstLesson()
    {
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Navigator::Page::Progress);
        window.showWelcomeIfFirstRun();
        auto *welcome = window.findChild<Keyless::Ui::WelcomeDialog *>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        const QString text = welcome->findChild<QLabel *>(QStringLiteral("welcomeText"))->text();
        QVERIFY(text.contains(QStringLiteral("Study")) && text.contains(QStringLiteral("Labs")) &&
                text.contains(QStringLiteral("Classroom")));
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("startFirstLessonButton")), Qt::LeftButton);
        QCOMPARE(window.currentPage(), Navigator::Page::Lessons);
        auto *lessons = qobject_cast<Keyless::Ui::Study::LessonsPage *>(window.page(Navigator::Page::Lessons));
        QCOMPARE(lessons->currentLessonId(), m_f->content.lessons().first().id);

        QTRY_VERIFY(!window.findChild<Keyless::Ui::WelcomeDialog *>());
        window.showWelcomeIfFirstRun(); // only once
        QVERIFY(!window.findChild<Keyless::Ui::WelcomeDialog *>());
    }

    // QA: the welcome said "Your progress is saved on this computer" while the banner said it cannot be saved.
    void welcomeTellsWhetherProgressIsSaved_data()
    {
        QTest::addColumn<QString>("databaseWarning");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("doesNotSay");
        QTest::newRow("store on disk") << QString() << QStringLiteral("Your progress is saved on this computer.")
                                       << QStringLiteral("cannot be saved");
        QTest::newRow("store in memory") << QStringLiteral("The folder is read-only.")
                                         << QStringLiteral("Your progress cannot be saved in this session")
                                         << QStringLiteral("saved on this computer");
    }

    void welcomeTellsWhetherProgressIsSaved()
    {
        QFETCH(QString, databaseWarning);
        QFETCH(QString, says);
        QFETCH(QString, doesNotSay);
        m_f->context.databaseWarning = databaseWarning;
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWelcomeIfFirstRun();
        auto *welcome = window.findChild<Keyless::Ui::WelcomeDialog *>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        const QString text = welcome->findChild<QLabel *>(QStringLiteral("welcomeText"))->text();
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(!text.contains(doesNotSay), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<b>Study</b>")));
        QVERIFY(!text.contains(QStringLiteral("%1")));
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("lookAroundButton")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<Keyless::Ui::WelcomeDialog *>());
    }

    // Alt+letter must do one thing. When two visible controls share a mnemonic, Qt only moves the focus
    // between them and clicks neither (QA: Alt+C chose option C instead of "Check answer"; "&Finish" and the
    // "&File" menu shared Alt+F). Checked in every language, on every page and in each state of a quiz.
    void noTwoVisibleControlsShareAMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void noTwoVisibleControlsShareAMnemonic()
    {
        QFETCH(QString, language);
        QCOMPARE(m_f->translations.apply(language), language);
        MainWindow window(m_f->context, *m_f->settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMap<QString, QStringList> clashes; // "Alt+X — who, who" -> the states it was seen in
        int checkedStates = 0;
        const auto check = [&](const QString &state, QWidget *top = nullptr) {
            QCoreApplication::processEvents();
            ++checkedStates;
            QWidget &scope = top ? *top : static_cast<QWidget &>(window);
            QMultiHash<QString, QString> owners;
            const auto add = [&owners](const QString &text, const QString &who) {
                const QString key = QKeySequence::mnemonic(text).toString();
                if (!key.isEmpty())
                    owners.insert(key, who + QStringLiteral(" \"") + text + QLatin1Char('"'));
            };
            for (QAction *action : top ? QList<QAction *>() : window.menuBar()->actions()) {
                if (action->isVisible())
                    add(action->text(), QStringLiteral("menu"));
            }
            for (QWidget *widget : scope.findChildren<QWidget *>()) {
                if (!widget->isVisible() || !widget->isEnabled())
                    continue;
                if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                    add(button->text(), button->objectName());
                } else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
                    add(label->text(), label->objectName());
                } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                    add(group->title(), group->objectName());
                } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                    for (int i = 0; i < tabs->count(); ++i) {
                        if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                            add(tabs->tabText(i), QStringLiteral("tab"));
                    }
                }
            }
            for (const QString &key : owners.uniqueKeys()) {
                if (owners.count(key) > 1) {
                    QStringList who = owners.values(key);
                    who.sort();
                    clashes[key + QStringLiteral(" — ") + who.join(QStringLiteral(", "))] << state;
                }
            }
        };
        for (const auto page : {Navigator::Page::Lessons, Navigator::Page::Flow, Navigator::Page::Labs,
                                Navigator::Page::Practice, Navigator::Page::Progress}) {
            window.showPage(page);
            check(QString::fromLatin1(QMetaEnum::fromType<Navigator::Page>().valueToKey(int(page))));
        }
        m_f->navigator.requestLab(QStringLiteral("func-cosmos-no-secret"));
        check(QStringLiteral("lab workspace"));
        window.showPage(Navigator::Page::Lessons);
        // QA: "← &Anterior" and "&Archivo" shared Alt+A from the second lesson on (Previous is disabled on the first).
        auto *lessons = qobject_cast<Keyless::Ui::Study::LessonsPage *>(window.page(Navigator::Page::Lessons));
        QVERIFY(lessons->openLesson(m_f->content.lessons().at(1).id));
        check(QStringLiteral("second lesson"));
        lessons->findChild<QAbstractButton *>(QStringLiteral("revealAnswersButton"))->click();
        check(QStringLiteral("lesson with model answers shown"));
        window.showPage(Navigator::Page::Practice);
        window.page(Navigator::Page::Practice)->findChild<QCheckBox *>(QStringLiteral("examModeCheck"))->setChecked(true);
        check(QStringLiteral("practice setup in exam mode"));

        window.showPage(Navigator::Page::Practice);
        auto *quiz = window.findChild<Keyless::Ui::Study::QuizWidget *>();
        QVERIFY(quiz);
        using Selection = Keyless::Ui::Study::QuizWidget::Selection;
        const int all = int(quiz->select(Selection::All, {}).size());
        quiz->startWith(Selection::All, {}, all, false);
        for (int i = 0; i < all && quiz->session()->state() == Keyless::Ui::Study::PracticeSession::State::Asking;
             ++i) {
            check(QStringLiteral("question %1").arg(i + 1));
            QTest::keyClick(quiz, Qt::Key_A); // an option (ignored by ordering questions' list)
            QTest::keyClick(quiz, Qt::Key_Return);
            check(QStringLiteral("feedback %1").arg(i + 1));
            QTest::keyClick(quiz, Qt::Key_Return);
        }
        check(QStringLiteral("results"));
        // Every question of an exam: QA found "&Subir" and the exam's "&Siguiente" sharing Alt+S on an ordering one.
        quiz->startWith(Selection::All, {}, all, true, 200);
        for (int i = 0; i < all && quiz->session()->state() == Keyless::Ui::Study::PracticeSession::State::Asking;
             ++i) {
            check(QStringLiteral("exam question %1").arg(i + 1));
            QTest::keyClick(quiz, Qt::Key_A);
            QTest::keyClick(quiz, Qt::Key_Return);
        }
        check(QStringLiteral("exam results"));
        qobject_cast<Keyless::Ui::Study::PracticePage *>(window.page(Navigator::Page::Practice))->showReview();
        check(QStringLiteral("review"));
        // The dialogs are windows of their own, with their own Alt keys.
        SettingsDialog settings(m_f->uiState, *m_f->settings, m_f->context.databasePath, &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        check(QStringLiteral("settings dialog"), &settings);
        settings.close();
        Keyless::Ui::WelcomeDialog welcome(true, &window);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        check(QStringLiteral("welcome dialog"), &welcome);
        welcome.close();
        QVERIFY(checkedStates > all);
        QStringList report;
        for (auto it = clashes.cbegin(); it != clashes.cend(); ++it)
            report << it.key() + QStringLiteral(" (") + it.value().first() +
                          (it.value().size() > 1 ? QStringLiteral(" and %1 more)").arg(it.value().size() - 1)
                                                 : QStringLiteral(")"));
        QVERIFY2(clashes.isEmpty(), qPrintable(report.join(QLatin1Char('\n'))));
    }

    // QA: after clicking "Flow" in the navigation, Right did nothing (the focus stayed in the list) although the
    // page says "press Play or Right to start".
    void clickingFlowLetsTheArrowKeysStep()
    {
        MainWindow window(m_f->context, *m_f->settings);
        QVERIFY(showActiveAt1280x800(window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(int(Navigator::Page::Flow))).center());
        QCOMPARE(window.currentPage(), Navigator::Page::Flow);
        auto *view = window.page(Navigator::Page::Flow)->findChild<Keyless::Ui::Labs::FlowView *>();
        QVERIFY(view);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && (focus == view || view->isAncestorOf(focus)),
                 focus ? focus->metaObject()->className() : "no focus");
        const int before = view->player()->step();
        QTest::keyClick(focus, Qt::Key_Right);
        QCOMPARE(view->player()->step(), before + 1);
        // Arrowing through the list with the keyboard keeps the focus in the list.
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(window.currentPage(), Navigator::Page::Labs);
        QVERIFY(navigation->hasFocus());
    }

    // QA: the note under Language stood in a band of blank lines: the dialog's height came from the note's own size
    // hint (a narrower, taller text) and the spare height went to it. Its rows sit at the form's spacing, in each
    // language and in presenter mode.
    void theSettingsNoteIsAsTallAsItsText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenter");
        QTest::newRow("en") << QStringLiteral("en") << false;
        QTest::newRow("de") << QStringLiteral("de") << false;
        QTest::newRow("es presenter") << QStringLiteral("es") << true;
    }

    void theSettingsNoteIsAsTallAsItsText()
    {
        QFETCH(QString, language);
        QFETCH(bool, presenter);
        m_f->uiState.setLanguage(language);
        m_f->uiState.setPresenterMode(presenter);
        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QVERIFY(note && languages && theme);
        const int spacing = dialog.style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, &dialog);
        const auto fits = [&] {
            const int text = note->heightForWidth(note->width());
            return note->height() <= text + 1 && note->height() >= text &&
                   note->y() - (languages->y() + languages->height()) <= spacing + 2 &&
                   theme->y() - (note->y() + note->height()) <= spacing + 2;
        };
        QVERIFY2(fits(), qPrintable(QStringLiteral("note %1 px at y %2, its text %3 px, theme at y %4")
                                        .arg(note->height())
                                        .arg(note->y())
                                        .arg(note->heightForWidth(note->width()))
                                        .arg(theme->y())));
        // Switched while the dialog is open, as Settings itself does it.
        m_f->uiState.setPresenterMode(!presenter);
        m_f->uiState.setLanguage(language == QLatin1String("en") ? QStringLiteral("de") : QStringLiteral("en"));
        QTRY_VERIFY2(fits(), qPrintable(QStringLiteral("after the switch: note %1 px, its text %2 px")
                                            .arg(note->height())
                                            .arg(note->heightForWidth(note->width()))));
        m_f->uiState.setPresenterMode(false);
        m_f->uiState.setLanguage(QStringLiteral("en"));
    }

    // The dialog fits its rows after a switch, but a height the learner gave it stays.
    void aSettingsHeightTheLearnerChoseStays()
    {
        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        const int fitted = dialog.height();
        dialog.resize(dialog.width(), fitted + 120);
        m_f->uiState.setLanguage(QStringLiteral("de"));
        QCoreApplication::processEvents();
        QTest::qWait(20);
        QCOMPARE(dialog.height(), fitted + 120);
        m_f->uiState.setLanguage(QStringLiteral("en"));
    }

    // QA: Enter in Settings opened the progress folder in a file manager (the first button was the default).
    void enterClosesTheSettingsDialog()
    {
        SettingsDialog dialog(m_f->uiState, *m_f->settings, m_f->context.databasePath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *openFolder = dialog.findChild<QPushButton *>(QStringLiteral("openFolderButton"));
        QVERIFY(openFolder && openFolder->isEnabled());
        QVERIFY(!openFolder->isDefault() && !openFolder->autoDefault());
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::keyClick(dialog.findChild<QComboBox *>(QStringLiteral("themeCombo")), Qt::Key_Return);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    // QA: Ctrl+K did nothing while the focus was still on the navigation list: the lesson search answers anywhere in
    // the window while the Lessons page is shown, and not on another page (the console's Ctrl+K is its own).
    void controlKSearchesTheLessonsFromAnywhereOnThatPage()
    {
        MainWindow window(m_f->context, *m_f->settings);
        QVERIFY(showActiveAt1280x800(window));
        window.showPage(Navigator::Page::Lessons);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("lessonSearch"));
        QVERIFY(navigation && search);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        window.showPage(Navigator::Page::Practice);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Navigator::Page::Practice);
        QVERIFY(!search->hasFocus());
    }

    // QA: Ctrl+4 then Enter did nothing: the focus stayed in the navigation list. The page's shortcut hands the
    // keyboard to the page, as a click on its entry does; Enter starts a session, and Ctrl+4 later comes back to the
    // question.
    void aPagesShortcutGivesItTheKeyboard()
    {
        MainWindow window(m_f->context, *m_f->settings);
        QVERIFY(showActiveAt1280x800(window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Navigator::Page::Practice);
        auto *start = window.findChild<QPushButton *>(QStringLiteral("startQuizButton"));
        QCOMPARE(QApplication::focusWidget(), start);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *question = window.findChild<QWidget *>(QStringLiteral("quizQuestion"));
        QTRY_VERIFY(question->isVisible());
        QWidget *choice = QApplication::focusWidget();
        QVERIFY(choice && question->isAncestorOf(choice));
        QTest::keyClick(choice, Qt::Key_1, Qt::ControlModifier); // to Lessons and back
        QCOMPARE(window.currentPage(), Navigator::Page::Lessons);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget() && question->isAncestorOf(QApplication::focusWidget()));
    }

    // In presenter mode Escape leaves it, except where the lesson search has something to undo first.
    void escapeClearsTheSearchBeforeItLeavesPresenterMode()
    {
        MainWindow window(m_f->context, *m_f->settings);
        QVERIFY(showActiveAt1280x800(window));
        window.showPage(Navigator::Page::Lessons);
        m_f->uiState.setPresenterMode(true);
        const auto leave = qScopeGuard([this] { m_f->uiState.setPresenterMode(false); });
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("lessonSearch"));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("token"));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(m_f->uiState.presenterMode());
        QTest::keyClick(search, Qt::Key_Escape); // nothing left to undo in the search
        QVERIFY(!m_f->uiState.presenterMode());
    }

    // QA: in presenter mode Escape on an open drop-down list closed it and left full screen as well.
    void escapeClosesADropDownBeforeItLeavesPresenterMode()
    {
        MainWindow window(m_f->context, *m_f->settings);
        QVERIFY(showActiveAt1280x800(window));
        window.showPage(Navigator::Page::Flow);
        m_f->uiState.setPresenterMode(true);
        const auto leave = qScopeGuard([this] { m_f->uiState.setPresenterMode(false); });
        auto *speed = window.findChild<QComboBox *>(QStringLiteral("speedBox"));
        QVERIFY(speed);
        speed->showPopup();
        QTRY_VERIFY(QApplication::activePopupWidget());
        // Through the window system, as a real key arrives (a key sent to the widget skips the shortcut map).
        QTest::keyClick(QApplication::activePopupWidget()->window()->windowHandle(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(m_f->uiState.presenterMode());
        QTest::keyClick(&window, Qt::Key_Escape); // with nothing open, it leaves presenter mode
        QVERIFY(!m_f->uiState.presenterMode());
    }

    // QA: the menu bar is hidden in presenter mode and Quit (Ctrl+Q) lived only in its File menu.
    void quitWorksInPresenterMode()
    {
        MainWindow window(m_f->context, *m_f->settings);
        QVERIFY(showActiveAt1280x800(window));
        m_f->uiState.setPresenterMode(true);
        const auto leave = qScopeGuard([this] { m_f->uiState.setPresenterMode(false); });
        QVERIFY(!window.menuBar()->isVisible());
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    // A screen reader names each control by its accessible name, or a button by its text. Every page, the lab
    // workspace with each portal blade, in English and after a switch to German (names are translated too).
    void everyControlHasAnAccessibleNameOrText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void everyControlHasAnAccessibleNameOrText()
    {
        QFETCH(QString, language);
        MainWindow window(m_f->context, *m_f->settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_translations->apply(language);
        QStringList missing;
        const auto check = [&window, &missing](const QString &where) {
            QCoreApplication::processEvents();
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                     qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
                                     qobject_cast<QAbstractSpinBox *>(widget) ||
                                     qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget) ||
                                     qobject_cast<QGraphicsView *>(widget);
                if (!control || !widget->isVisibleTo(&window) || qobject_cast<QHeaderView *>(widget))
                    continue;
                // The editor inside a spin box or combo box is named through its owner.
                if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                    qobject_cast<QComboBox *>(widget->parentWidget()))
                    continue;
                // What a screen reader gets: the accessible name, else a button's text or a buddy label's.
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                const QString spoken = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
                const QString name =
                    widget->objectName() + QLatin1Char('/') + QString::fromLatin1(widget->metaObject()->className());
                if (spoken.isEmpty() && !missing.join(u'\n').contains(name))
                    missing << name + QStringLiteral(" (") + where + QLatin1Char(')');
            }
        };
        for (const auto page : {Navigator::Page::Lessons, Navigator::Page::Flow, Navigator::Page::Labs,
                                Navigator::Page::Practice, Navigator::Page::Progress}) {
            window.showPage(page);
            check(QString::number(int(page)));
        }
        auto *labs = qobject_cast<Keyless::Ui::Labs::LabsPage *>(window.page(Navigator::Page::Labs));
        QVERIFY(labs);
        window.showPage(Navigator::Page::Labs);
        QVERIFY(labs->openLab(QStringLiteral("func-cosmos-no-secret")));
        check(QStringLiteral("workspace"));
        // Each resource in the portal, and each blade and tab it opens.
        auto *resources = labs->workspace()->findChild<QTreeWidget *>(QStringLiteral("resourceTree"));
        QVERIFY(resources);
        QList<QTreeWidgetItem *> items;
        for (QTreeWidgetItemIterator it(resources); *it; ++it)
            items << *it;
        QVERIFY(items.size() >= 3);
        QCOMPARE(resources->accessibleName(),
                 language == QLatin1String("de") ? QStringLiteral("Ressourcen") : QStringLiteral("Resources"));
        for (QTreeWidgetItem *item : std::as_const(items)) {
            resources->setCurrentItem(item);
            const QList<QTabWidget *> tabs = labs->workspace()->findChildren<QTabWidget *>();
            for (QTabWidget *tab : tabs) {
                for (int i = 0; i < tab->count(); ++i) {
                    if (!tab->isTabEnabled(i))
                        continue;
                    tab->setCurrentIndex(i);
                    check(item->text(0) + QStringLiteral(" / ") + tab->tabText(i));
                }
            }
        }
        m_translations->apply(QStringLiteral("en"));
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(",\n"))));
    }

private:
    std::unique_ptr<StudyFixture> m_f;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<Translations> m_translations;
};

QTEST_MAIN(TestAppWide)
#include "tst_appwide.moc"
