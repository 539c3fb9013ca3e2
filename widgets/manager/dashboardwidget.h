// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboarddata.h"
#include "domain/session.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cc {

class DashboardCharts;
class InlineMessage;
class MeasureBreakdownModel;
class MeasureDrillDownDialog;
class MeasureService;
class MeasureTile;

/**
 * The office manager's Dashboard workspace (issue 7 §1–§2). On top, the period (Last 30 days,
 * This month, Last month, Last 90 days or Custom… with two dates), the grouping (overall, by
 * payer, provider or coder), Refresh (F5) and Print PDF (Ctrl+P). Below, one tile per measure
 * (hover: formula, numerator and denominator; click, Enter or Space: the claims or encounters
 * behind it), the breakdown table when a grouping is chosen (double-click a cell: that group's
 * records), and the charts: weekly trends, the denial-reason Pareto, denials by payer, service
 * code and coder, and A/R aging. Everything shown is one DashboardData read through
 * MeasureService, which refuses users without Permission::ViewDashboard (the refusal is shown
 * in place of the measures). Reads lazily: on first show and after invalidate().
 */
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Last30Days, ThisMonth, LastMonth, Last90Days, Custom };

    DashboardWidget(const Session &session, MeasureService &measures, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    /// The day the presets count back from (today unless set: tests pass a fixed day).
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today);
    /// The practice named on the printed readout.
    void setPracticeName(const QString &name) { m_practiceName = name; }

    Preset preset() const;
    void setPreset(Preset preset);
    /// Switches to Custom… with these dates and reloads.
    void setCustomPeriod(const QDate &from, const QDate &to);
    /// The period the presets or the two dates name.
    MeasurePeriod period() const;
    MeasureDimension dimension() const;
    void setDimension(MeasureDimension dimension);

    /// What is on screen (valid once hasData()).
    const DashboardData &data() const { return m_data; }
    bool hasData() const { return m_hasData; }
    MeasureTile *tile(MeasureKind kind) const { return m_tiles[std::size_t(kind)]; }
    MeasureBreakdownModel *breakdownModel() const { return m_breakdownModel; }
    QTableView *breakdownTable() const { return m_breakdownTable; }
    DashboardCharts *charts() const { return m_charts; }
    /// The drill-down on screen, or nullptr.
    MeasureDrillDownDialog *drillDown() const;
    /// The message shown in place of the measures (a refusal, an error), or empty.
    QString messageText() const;

public slots:
    /// Reads every measure of the period again.
    void reload();
    /// Something behind the measures changed: reload now if shown, else on the next show.
    void invalidate();
    /// Lists the records behind @p kind, overall.
    bool openDrillDown(MeasureKind kind);
    /// Lists the records behind @p kind for the breakdown's row @p row.
    bool openGroupDrillDown(MeasureKind kind, int row);
    /// Asks for a file, then writes the PDF; errors are shown in a box.
    bool print();
    /// Writes the PDF readout of what is on screen to @p path without dialogs.
    bool printTo(const QString &path, QString *error = nullptr);

signals:
    void openClaimRequested(qint64 claimId);
    void openEncounterRequested(qint64 encounterId);
    void statusMessageRequested(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildTopBar();
    void retranslate();
    void applyPreset();
    void showData();
    bool showDrillDown(MeasureKind kind, const MeasureValue &value, const MeasureSet *group);
    Result<void> writePdf(const QString &path);

    Session m_session;
    MeasureService &m_measures;
    QDate m_today;
    QString m_practiceName;
    DashboardData m_data;
    bool m_hasData = false;
    bool m_stale = true;

    QLabel *m_periodLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_dimensionLabel = nullptr;
    QComboBox *m_dimension = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_print = nullptr;
    QTimer *m_customDelay = nullptr;
    InlineMessage *m_message = nullptr;
    QLabel *m_caption = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    std::array<MeasureTile *, kMeasureCount> m_tiles {};
    QLabel *m_breakdownTitle = nullptr;
    MeasureBreakdownModel *m_breakdownModel = nullptr;
    QSortFilterProxyModel *m_breakdownProxy = nullptr;
    QTableView *m_breakdownTable = nullptr;
    DashboardCharts *m_charts = nullptr;
    QPointer<MeasureDrillDownDialog> m_drillDown;
};

} // namespace cc
