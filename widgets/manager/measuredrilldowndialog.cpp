// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredrilldowndialog.h"
#include "common/worklistkeys.h"
#include "itemmodels/measureformat.h"
#include "itemmodels/measureitemmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

MeasureDrillDownDialog::MeasureDrillDownDialog(MeasureKind kind, const MeasureValue &value,
    const MeasurePeriod &period, QList<MeasureItem> items, MeasureDimension dimension,
    const QString &groupName, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("measureDrillDown"));
    const MeasureInfo &info = measures::info(kind);
    setWindowTitle(groupName.isEmpty() ? info.name : tr("%1 — %2").arg(info.name, groupName));
    const QLocale locale;

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("drillDownSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html
        = tr("<b>%1: %2</b>")
              .arg(info.name.toHtmlEscaped(), measureformat::value(info, value).toHtmlEscaped());
    const QString target = measureformat::target(info);
    const QString status = measureformat::statusText(info, value);
    if (!target.isEmpty())
        html += QStringLiteral(" &nbsp;")
            + (status.isEmpty() ? target : tr("%1, %2").arg(target, status)).toHtmlEscaped();
    if (!groupName.isEmpty())
        html += QStringLiteral("<br>") + tr("Only: %1").arg(groupName.toHtmlEscaped());
    html += QStringLiteral("<br>") + info.formula.toHtmlEscaped();
    //: The drill-down's numerator and denominator: "Clean on first scrub: 187 of Claims scrubbed:
    //: 200"
    html += QStringLiteral("<br>")
        + tr("<b>%1</b> of <b>%2</b>")
              .arg(measureformat::numerator(info, value).toHtmlEscaped(),
                  measureformat::denominator(info, value).toHtmlEscaped());
    html += QStringLiteral("<br>")
        + tr("%1 – %2. Counts: %3")
              .arg(locale.toString(period.from, QLocale::ShortFormat),
                  locale.toString(period.to, QLocale::ShortFormat),
                  info.periodRule.toHtmlEscaped());
    m_summary->setText(html);
    layout->addWidget(m_summary);

    m_model = new MeasureItemModel(this);
    const int count = int(items.size());
    m_model->setItems(kind, std::move(items), dimension);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MeasureItemModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setAccessibleName(info.listsEncounters ? tr("Encounters behind %1").arg(info.name)
                                                    : tr("Claims behind %1").arg(info.name));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // The service's order (numerator items first, then by date) until a heading is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnHidden(int(MeasureItemModel::Column::Group), m_model->groupIsEmpty());
    // What a record adds says something only where a record adds more than one.
    m_table->setColumnHidden(int(MeasureItemModel::Column::Contribution),
        info.numeratorUnit == MeasureUnit::Count && info.denominatorUnit == MeasureUnit::Count);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    auto *hint = new QLabel(count == 0
            ? tr("Nothing is counted in this period.")
            : (info.listsEncounters
                    ? tr("%n encounter(s). Click a heading to sort.", nullptr, count)
                    : tr("%n claim(s). Enter or a double-click opens the claim; "
                         "click a heading to sort.",
                        nullptr, count)));
    hint->setObjectName(QStringLiteral("drillDownHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);

    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, &MeasureDrillDownDialog::openCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &MeasureDrillDownDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    m_table->setFocus();
    resize(900, 520);
}

QString MeasureDrillDownDialog::summaryText() const
{
    return m_summary->text();
}

bool MeasureDrillDownDialog::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    const MeasureItem *item = m_model->itemAt(m_proxy->mapToSource(current).row());
    if (!item)
        return false;
    if (item->claimId != 0) {
        emit openClaimRequested(item->claimId);
        return true;
    }
    if (item->encounterId != 0 && m_opensEncounters) {
        emit openEncounterRequested(item->encounterId);
        return true;
    }
    return false;
}

} // namespace cc
