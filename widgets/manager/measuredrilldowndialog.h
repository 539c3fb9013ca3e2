// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/measures.h"

#include <QDialog>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace cc {

class MeasureItemModel;

/**
 * The claims or encounters behind one measure (issue 7 §1 "opens the claims or encounters
 * behind it on click"): at the top the measure's formula and "numerator N of denominator D";
 * below, a sortable table of MeasureItems. Enter or a double-click on a claim asks to open it
 * (openClaimRequested), on an encounter-only row openEncounterRequested. Shown without
 * blocking; the dashboard owns one at a time.
 */
class MeasureDrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p groupName is the payer, provider or coder the list is narrowed to (empty: all).
    MeasureDrillDownDialog(MeasureKind kind, const MeasureValue &value, const MeasurePeriod &period,
        QList<MeasureItem> items, MeasureDimension dimension = MeasureDimension::Overall,
        const QString &groupName = {}, QWidget *parent = nullptr);

    MeasureKind kind() const { return m_kind; }
    MeasureItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The text above the table (formula, numerator and denominator).
    QString summaryText() const;

public slots:
    /// Asks to open the record of the current row; false when there is none.
    bool openCurrent();
    /// Whether an encounter-only row may ask to be opened (someone can open it); default yes.
    void setOpensEncounters(bool opens) { m_opensEncounters = opens; }

signals:
    void openClaimRequested(qint64 claimId);
    void openEncounterRequested(qint64 encounterId);

private:
    bool m_opensEncounters = true;
    MeasureKind m_kind;
    MeasureItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace cc
