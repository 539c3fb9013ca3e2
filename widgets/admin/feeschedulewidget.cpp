// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeschedulewidget.h"
#include "common/errorbox.h"
#include "domain/money.h"
#include "services/practiceservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

FeeScheduleWidget::FeeScheduleWidget(const Session &session, PracticeService &practice,
                                     QWidget *parent)
    : QWidget(parent), m_session(session), m_practice(practice)
{
    setObjectName(QStringLiteral("feeSchedule"));
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
            {tr("Code"), tr("Payer"), tr("Charge"), tr("Effective from")});
    const QStringList tips = {
        tr("The CPT or HCPCS code billed"),
        tr("The payer the charge is for; “Practice default” applies to every payer without a "
           "fee of its own"),
        tr("What the practice charges for one unit"),
        tr("The first date of service the charge applies to; a later row of the same code and "
           "payer takes over from its own date"),
    };
    for (int c = 0; c < ColumnCount; ++c)
        m_model->horizontalHeaderItem(c)->setToolTip(tips.at(c));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    buildUi();
    reload();
}

void FeeScheduleWidget::buildUi()
{
    auto *layout = new QHBoxLayout(this);

    // Left: the filter and the table (or why it is empty).
    auto *listColumn = new QVBoxLayout;
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("feeFilter"));
    m_filter->setAccessibleName(tr("Filter the fee schedule"));
    m_filter->setPlaceholderText(tr("Filter by code or payer (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("feeCount"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    listColumn->addLayout(bar);

    m_listStack = new QStackedWidget;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("feeTable"));
    m_table->setAccessibleName(tr("Fee schedule"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CodeColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // A fee schedule has hundreds of rows at most: fitting the columns to them is cheap.
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PayerColumn, QHeaderView::Stretch);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("feeEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    listColumn->addWidget(m_listStack, 1);
    layout->addLayout(listColumn, 3);

    // Right: the form.
    auto *box = new QGroupBox(tr("Add or change a fee"));
    box->setObjectName(QStringLiteral("feeForm"));
    auto *formColumn = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("feeCode"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setPlaceholderText(tr("99213"));
    m_code->setToolTip(tr("A CPT or HCPCS code: five letters or digits, such as 99213 or G0439"));
    m_code->setMaxLength(5);
    m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,5}")), m_code));
    auto *codeLabel = new QLabel(tr("C&ode:"));
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, m_code);

    m_payer = new QComboBox;
    m_payer->setObjectName(QStringLiteral("feePayer"));
    m_payer->setAccessibleName(tr("Payer"));
    m_payer->setToolTip(tr("“Practice default” applies to every payer without a fee of its own"));
    m_payer->addItem(tr("Practice default"), qint64(0));
    if (auto payers = m_practice.payers()) {
        for (const PayerRecord &p : payers.value())
            m_payer->addItem(p.name, p.id);
    } else {
        ui::showError(this, tr("Fee schedule"), payers.error());
    }
    auto *payerLabel = new QLabel(tr("&Payer:"));
    payerLabel->setBuddy(m_payer);
    form->addRow(payerLabel, m_payer);

    m_charge = new QLineEdit;
    m_charge->setObjectName(QStringLiteral("feeCharge"));
    m_charge->setAccessibleName(tr("Charge in dollars"));
    m_charge->setPlaceholderText(tr("130.00"));
    m_charge->setToolTip(tr("Dollars and cents, such as 130.00 or $1,250.50"));
    m_charge->setAlignment(Qt::AlignRight);
    auto *chargeLabel = new QLabel(tr("C&harge:"));
    chargeLabel->setBuddy(m_charge);
    form->addRow(chargeLabel, m_charge);

    m_effective = new QDateEdit(QDate::currentDate());
    m_effective->setObjectName(QStringLiteral("feeEffective"));
    m_effective->setAccessibleName(tr("Effective from"));
    m_effective->setCalendarPopup(true);
    m_effective->setToolTip(tr("The first date of service the charge applies to"));
    auto *effectiveLabel = new QLabel(tr("&Effective from:"));
    effectiveLabel->setBuddy(m_effective);
    form->addRow(effectiveLabel, m_effective);
    formColumn->addLayout(form);

    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("feeHint"));
    m_hint->setWordWrap(true);
    formColumn->addWidget(m_hint);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("feeMessage"));
    m_message->setAccessibleName(tr("Fee message"));
    m_message->setWordWrap(true);
    formColumn->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *clear = new QPushButton(tr("&New"));
    clear->setObjectName(QStringLiteral("newFeeButton"));
    clear->setToolTip(tr("Clear the form to add a fee (Ctrl+N)"));
    clear->setShortcut(QKeySequence::New);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveFeeButton"));
    m_save->setToolTip(tr("Save the fee; the same code, payer and date replace the old charge "
                          "(Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    formColumn->addLayout(buttons);

    auto *removeRow = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove selected"));
    m_remove->setObjectName(QStringLiteral("removeFeeButton"));
    m_remove->setToolTip(tr("Remove the fees selected in the table (Del in the table)"));
    m_undo = new QPushButton(tr("&Undo removal"));
    m_undo->setObjectName(QStringLiteral("undoRemoveButton"));
    m_undo->setToolTip(tr("Put back the fees just removed (Ctrl+Z)"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->hide();
    removeRow->addWidget(m_remove);
    removeRow->addWidget(m_undo);
    removeRow->addStretch(1);
    formColumn->addLayout(removeRow);
    formColumn->addStretch(1);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    box->setMinimumWidth(22 * em);
    box->setMaximumWidth(32 * em);
    layout->addWidget(box, 2);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCounts();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeeScheduleWidget::fillForm);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_save, &QPushButton::clicked, this, &FeeScheduleWidget::saveFee);
    connect(clear, &QPushButton::clicked, this, &FeeScheduleWidget::newFee);
    connect(m_remove, &QPushButton::clicked, this, &FeeScheduleWidget::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &FeeScheduleWidget::undoRemove);
    connect(m_charge, &QLineEdit::returnPressed, this, &FeeScheduleWidget::saveFee);
    connect(m_code, &QLineEdit::textChanged, this, &FeeScheduleWidget::updateHint);
    connect(m_payer, &QComboBox::currentIndexChanged, this, &FeeScheduleWidget::updateHint);
    connect(m_effective, &QDateEdit::dateChanged, this, &FeeScheduleWidget::updateHint);
    // A corrected charge clears the complaint about the previous one.
    connect(m_charge, &QLineEdit::textEdited, this, [this] { setMessage(QString(), false); });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &FeeScheduleWidget::removeSelected);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &FeeScheduleWidget::reload);
}

QString FeeScheduleWidget::payerLabel(qint64 payerId) const
{
    const int i = m_payer->findData(payerId);
    return i >= 0 ? m_payer->itemText(i) : tr("Practice default");
}

void FeeScheduleWidget::reload()
{
    auto fees = m_practice.fees();
    if (!fees) {
        ui::showError(this, tr("Fee schedule"), fees.error());
        return;
    }
    m_fees = std::move(fees).value();
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    for (const PracticeRepository::FeeRow &f : std::as_const(m_fees)) {
        const QString payer = f.payerId == 0 ? tr("Practice default") : f.payerName;
        auto *code = new QStandardItem(f.code);
        code->setData(f.code, SortRole);
        code->setData(f.id, FeeIdRole);
        auto *payerItem = new QStandardItem(payer);
        // The practice default sorts before every payer.
        payerItem->setData(f.payerId == 0 ? QString() : payer.toLower(), SortRole);
        const Money charge = Money::fromCents(f.chargeCents);
        auto *chargeItem = new QStandardItem(charge.toDisplayString());
        chargeItem->setData(f.chargeCents, SortRole);
        chargeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *from = new QStandardItem(locale.toString(f.effectiveFrom, QLocale::ShortFormat));
        from->setData(f.effectiveFrom, SortRole);
        QList<QStandardItem *> row{code, payerItem, chargeItem, from};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(f.id, FeeIdRole);
        }
        m_model->appendRow(row);
    }
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
    updateCounts();
    updateHint();
}

void FeeScheduleWidget::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n fee(s)", nullptr, total)
                                    : tr("%1 of %n fee(s)", nullptr, total).arg(shown));
    if (shown > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    if (total == 0) {
        m_empty->setText(tr("The fee schedule is empty, so claims cannot be priced. Add a fee "
                            "with the form: the code, “Practice default” or a payer, the charge "
                            "and the date it applies from."));
    } else {
        m_empty->setText(tr("No fee matches “%1”. Clear the filter to see all %n fee(s).",
                            nullptr, total)
                                 .arg(m_filter->text().trimmed()));
    }
    m_listStack->setCurrentWidget(m_empty);
}

void FeeScheduleWidget::fillForm()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(FeeIdRole).toLongLong();
    for (const PracticeRepository::FeeRow &f : std::as_const(m_fees)) {
        if (f.id != id)
            continue;
        m_code->setText(f.code);
        m_payer->setCurrentIndex(qMax(0, m_payer->findData(f.payerId)));
        m_charge->setText(Money::fromCents(f.chargeCents).toDecimalString());
        m_effective->setDate(f.effectiveFrom);
        setMessage(QString(), false);
        return;
    }
}

void FeeScheduleWidget::updateHint()
{
    // Say what Save will do before it is pressed: replace a charge, or start a new one.
    const QString code = m_code->text().trimmed().toUpper();
    const qint64 payerId = m_payer->currentData().toLongLong();
    const QDate from = m_effective->date();
    const QLocale locale;
    const PracticeRepository::FeeRow *same = nullptr;
    const PracticeRepository::FeeRow *before = nullptr;
    for (const PracticeRepository::FeeRow &f : std::as_const(m_fees)) {
        if (f.code != code || f.payerId != payerId)
            continue;
        if (f.effectiveFrom == from)
            same = &f;
        else if (f.effectiveFrom < from && (!before || f.effectiveFrom > before->effectiveFrom))
            before = &f;
    }
    if (code.size() != 5) {
        m_hint->clear();
    } else if (same) {
        m_hint->setText(tr("Saving replaces the charge of %1 for %2 from %3 (now %4).")
                                .arg(code, payerLabel(payerId),
                                     locale.toString(from, QLocale::ShortFormat),
                                     Money::fromCents(same->chargeCents).toDisplayString()));
    } else if (before) {
        m_hint->setText(tr("Saving adds a charge from %1 on; %2 applies before that date.")
                                .arg(locale.toString(from, QLocale::ShortFormat),
                                     Money::fromCents(before->chargeCents).toDisplayString()));
    } else {
        m_hint->setText(tr("Saving adds the first charge of %1 for %2.")
                                .arg(code, payerLabel(payerId)));
    }
}

void FeeScheduleWidget::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void FeeScheduleWidget::newFee()
{
    m_table->clearSelection();
    m_code->clear();
    m_payer->setCurrentIndex(0);
    m_charge->clear();
    m_effective->setDate(QDate::currentDate());
    setMessage(QString(), false);
    m_code->setFocus();
}

void FeeScheduleWidget::saveFee()
{
    const QString code = m_code->text().trimmed().toUpper();
    const QString chargeText = m_charge->text().trimmed();
    if (chargeText.isEmpty()) {
        setMessage(tr("✖ Type the charge, such as 130.00."), true);
        m_charge->setFocus();
        return;
    }
    const std::optional<Money> charge = Money::parse(chargeText);
    if (!charge) {
        setMessage(tr("✖ “%1” is not an amount: type dollars and cents, such as 130.00.")
                           .arg(chargeText),
                   true);
        m_charge->setFocus();
        m_charge->selectAll();
        return;
    }
    if (charge->isNegative()) {
        setMessage(tr("✖ A charge cannot be negative: type what the practice bills, such as "
                      "130.00. Nothing was saved."),
                   true);
        m_charge->setFocus();
        m_charge->selectAll();
        return;
    }
    const qint64 payerId = m_payer->currentData().toLongLong();
    const QDate from = m_effective->date();
    auto saved = m_practice.setFee(m_session, payerId, code, charge->cents(), from);
    if (!saved) {
        // Wrong input is said beside the form; anything else gets the full error box.
        if (saved.error().kind == Error::Kind::Invalid) {
            setMessage(QStringLiteral("✖ ") + saved.error().userMessage, true);
            m_code->setFocus();
        } else {
            setMessage(QString(), false);
            ui::showError(this, tr("Fee schedule"), saved.error());
        }
        return;
    }
    const QString text = tr("✔ Saved: %1 for %2, %3 from %4.")
                                 .arg(code, payerLabel(payerId), charge->toDisplayString(),
                                      QLocale().toString(from, QLocale::ShortFormat));
    reload();
    selectFee(payerId, code, from);
    setMessage(text, false);
    emit statusMessageRequested(text);
}

void FeeScheduleWidget::selectFee(qint64 payerId, const QString &code, const QDate &effectiveFrom)
{
    for (const PracticeRepository::FeeRow &f : std::as_const(m_fees)) {
        if (f.payerId != payerId || f.code != code || f.effectiveFrom != effectiveFrom)
            continue;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex i = m_proxy->index(r, CodeColumn);
            if (i.data(FeeIdRole).toLongLong() == f.id) {
                m_table->setCurrentIndex(i);
                m_table->scrollTo(i);
                return;
            }
        }
    }
}

void FeeScheduleWidget::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CodeColumn);
    if (rows.isEmpty()) {
        setMessage(tr("Select the fees to remove in the table first."), true);
        return;
    }
    QList<PracticeRepository::FeeRow> removed;
    for (const QModelIndex &i : rows) {
        const qint64 id = i.data(FeeIdRole).toLongLong();
        auto it = std::find_if(m_fees.cbegin(), m_fees.cend(),
                               [id](const PracticeRepository::FeeRow &f) { return f.id == id; });
        if (it == m_fees.cend())
            continue;
        if (auto r = m_practice.removeFee(m_session, id); !r) {
            ui::showError(this, tr("Fee schedule"), r.error());
            break;
        }
        removed.append(*it);
    }
    m_removed = removed;
    reload();
    if (removed.isEmpty())
        return;
    const PracticeRepository::FeeRow &first = removed.constFirst();
    const QString text = removed.size() == 1
            ? tr("Removed the fee of %1 for %2 (%3 from %4). Undo with Ctrl+Z.")
                      .arg(first.code, payerLabel(first.payerId),
                           Money::fromCents(first.chargeCents).toDisplayString(),
                           QLocale().toString(first.effectiveFrom, QLocale::ShortFormat))
            : tr("Removed %n fee(s). Undo with Ctrl+Z.", nullptr, int(removed.size()));
    setMessage(text, false);
    m_undo->show();
    emit statusMessageRequested(text);
}

void FeeScheduleWidget::undoRemove()
{
    if (m_removed.isEmpty())
        return;
    int restored = 0;
    for (const PracticeRepository::FeeRow &f : std::as_const(m_removed)) {
        if (auto r = m_practice.setFee(m_session, f.payerId, f.code, f.chargeCents,
                                       f.effectiveFrom);
            !r) {
            ui::showError(this, tr("Fee schedule"), r.error());
            break;
        }
        ++restored;
    }
    m_removed.clear();
    m_undo->hide();
    reload();
    const QString text = tr("Put back %n fee(s).", nullptr, restored);
    setMessage(text, false);
    emit statusMessageRequested(text);
}

} // namespace cc
