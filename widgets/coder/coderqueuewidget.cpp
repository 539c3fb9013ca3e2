// SPDX-License-Identifier: GPL-3.0-or-later
#include "coderqueuewidget.h"
#include "common/errorbox.h"
#include "common/worklistkeys.h"
#include "itemmodels/queuemodel.h"
#include "services/encounterservice.h"
#include "services/practiceservice.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {
const auto kPrefProvider = QStringLiteral("queue.provider");
const auto kPrefPayer = QStringLiteral("queue.payer");
const auto kPrefState = QStringLiteral("queue.state");
const auto kPrefText = QStringLiteral("queue.text");
const auto kPrefSplitter = QStringLiteral("queue.splitter");
} // namespace

CoderQueueWidget::CoderQueueWidget(const Session &session, EncounterService &encounters,
                                   PracticeService &practice, QWidget *parent)
    : QWidget(parent), m_session(session), m_encounters(encounters), m_practice(practice)
{
    setObjectName(QStringLiteral("queueView"));
    m_model = new QueueModel(this);
    m_proxy = new QueueFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    buildUi();
    restoreFilters();
    reload();
    connect(&m_encounters, &EncounterService::encountersChanged, this, &CoderQueueWidget::reload);
}

void CoderQueueWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // Row 1: dates and filters.
    auto *filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    auto *todayButton = new QPushButton(tr("&Today"));
    todayButton->setObjectName(QStringLiteral("todayButton"));
    todayButton->setToolTip(tr("Show today's encounters (Alt+T)"));
    filters->addWidget(new QLabel(tr("&From:")));
    static_cast<QLabel *>(filters->itemAt(0)->widget())->setBuddy(m_from);
    filters->addWidget(m_from);
    auto *toLabel = new QLabel(tr("t&o:"));
    toLabel->setBuddy(m_to);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(todayButton);
    filters->addSpacing(12);

    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_provider->addItem(tr("All providers"), qint64(0));
    if (auto providers = m_practice.providers()) {
        for (const auto &p : providers.value())
            m_provider->addItem(p.displayName(), p.id);
    }
    m_payer = new QComboBox;
    m_payer->setObjectName(QStringLiteral("payerFilter"));
    m_payer->setAccessibleName(tr("Payer filter"));
    m_payer->addItem(tr("All payers"), qint64(0));
    if (auto payers = m_practice.payers()) {
        for (const auto &p : payers.value())
            m_payer->addItem(p.name, p.id);
    }
    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("To do"), QueueFilterProxy::kActive);
    m_state->setItemData(0, tr("New, coding and returned encounters"), Qt::ToolTipRole);
    m_state->addItem(tr("All states"), -1);
    for (EncounterState s : encounterstate::all())
        m_state->addItem(encounterstate::displayName(s), int(s));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Patient, MRN or provider (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the queue"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    auto *providerLabel = new QLabel(tr("Pro&vider:"));
    providerLabel->setBuddy(m_provider);
    auto *payerLabel = new QLabel(tr("P&ayer:"));
    payerLabel->setBuddy(m_payer);
    auto *stateLabel = new QLabel(tr("&State:"));
    stateLabel->setBuddy(m_state);
    filters->addWidget(providerLabel);
    filters->addWidget(m_provider);
    filters->addWidget(payerLabel);
    filters->addWidget(m_payer);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    // Row 2: a chip per state with its count; clicking one filters by it.
    auto *chips = new QHBoxLayout;
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    auto addChip = [&](int state) {
        auto *chip = new QToolButton;
        chip->setCheckable(true);
        chip->setAutoRaise(true);
        chip->setObjectName(state == QueueFilterProxy::kActive ? QStringLiteral("chip_active")
                            : state < 0                      ? QStringLiteral("chip_all")
                                      : QStringLiteral("chip_%1").arg(encounterstate::toKey(
                                              static_cast<EncounterState>(state))));
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(chip);
        chips->addWidget(chip);
        m_chips.insert(state, chip);
        connect(chip, &QToolButton::clicked, this, [this, state] {
            m_state->setCurrentIndex(m_state->findData(state));
        });
    };
    addChip(QueueFilterProxy::kActive);
    addChip(-1);
    for (EncounterState s : encounterstate::all())
        addChip(int(s));
    chips->addStretch(1);
    layout->addLayout(chips);

    // The list (or why it is empty) beside the preview.
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_listStack = new QStackedWidget;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Encounter queue"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(QueueModel::Column::DateOfService), Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Fixed starting widths: measuring thousands of rows to fit them would slow the opening.
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(int(QueueModel::Column::DateOfService), 9 * em);
    header->resizeSection(int(QueueModel::Column::Provider), 12 * em);
    header->resizeSection(int(QueueModel::Column::Payer), 15 * em);
    header->resizeSection(int(QueueModel::Column::State), 15 * em);
    header->resizeSection(int(QueueModel::Column::Services), 6 * em);
    header->resizeSection(int(QueueModel::Column::Diagnoses), 7 * em);
    header->setSectionResizeMode(int(QueueModel::Column::Patient), QHeaderView::Stretch);
    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, [this] {
        if (const qint64 id = currentEncounterId())
            emit openRequested(id);
    });
    connect(keys, &WorkListKeys::searchRequested, this, [this] { m_search->setFocus(); });
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_preview->setAccessibleName(tr("Clinical note preview"));
    m_preview->setPlaceholderText(tr("Select an encounter to read its note."));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 420});
    layout->addWidget(m_splitter, 1);

    connect(todayButton, &QPushButton::clicked, this, [this] {
        setDateRange(QDate::currentDate(), QDate::currentDate());
    });
    connect(m_from, &QDateEdit::dateChanged, this, &CoderQueueWidget::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &CoderQueueWidget::reload);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CoderQueueWidget::applyFilters);
    connect(m_payer, &QComboBox::currentIndexChanged, this, &CoderQueueWidget::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CoderQueueWidget::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &CoderQueueWidget::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoderQueueWidget::showPreview);
    connect(m_splitter, &QSplitter::splitterMoved, this, &CoderQueueWidget::saveFilters);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(QueueModel::IdRole).toLongLong());
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &CoderQueueWidget::reload);
}

void CoderQueueWidget::restoreFilters()
{
    m_restoring = true;
    auto pref = [this](const QString &key) {
        auto v = m_practice.preference(m_session, key);
        return v ? v.value() : QString();
    };
    if (const int i = m_provider->findData(pref(kPrefProvider).toLongLong()); i > 0)
        m_provider->setCurrentIndex(i);
    if (const int i = m_payer->findData(pref(kPrefPayer).toLongLong()); i > 0)
        m_payer->setCurrentIndex(i);
    const QString state = pref(kPrefState);
    if (!state.isEmpty()) {
        if (const int i = m_state->findData(state.toInt()); i >= 0)
            m_state->setCurrentIndex(i);
    }
    m_search->setText(pref(kPrefText));
    const QByteArray splitter = QByteArray::fromBase64(pref(kPrefSplitter).toLatin1());
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_restoring = false;
    applyFilters();
}

void CoderQueueWidget::saveFilters()
{
    if (m_restoring)
        return;
    // Preferences are a convenience: a failure to save them must not interrupt the work.
    (void)m_practice.setPreference(m_session, kPrefProvider,
                                   QString::number(m_provider->currentData().toLongLong()));
    (void)m_practice.setPreference(m_session, kPrefPayer,
                                   QString::number(m_payer->currentData().toLongLong()));
    (void)m_practice.setPreference(m_session, kPrefState,
                                   QString::number(m_state->currentData().toInt()));
    (void)m_practice.setPreference(m_session, kPrefText, m_search->text());
    (void)m_practice.setPreference(m_session, kPrefSplitter,
                                   QString::fromLatin1(m_splitter->saveState().toBase64()));
}

void CoderQueueWidget::setDateRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void CoderQueueWidget::reload()
{
    const qint64 keep = currentEncounterId();
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to) {
        // Typing a new start after the end moves the end along rather than failing.
        const QSignalBlocker b(m_to);
        m_to->setDate(from);
        to = from;
    }
    auto rows = m_encounters.queue(m_session, from, to);
    if (!rows) {
        ui::showError(this, tr("Coder queue"), rows.error());
        return;
    }
    m_model->setEncounters(std::move(rows).value());
    updateCounts();
    // Keep the coder's place: the same encounter if it is still listed, else the first row.
    int target = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(QueueModel::IdRole).toLongLong() == keep) {
            target = r;
            break;
        }
    }
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(target, 0));
    else
        showPreview();
    emit statusMessageRequested(tr("%n encounter(s) loaded.", nullptr, m_model->rowCount()));
}

void CoderQueueWidget::applyFilters()
{
    m_proxy->setProviderId(m_provider->currentData().toLongLong());
    m_proxy->setPayerId(m_payer->currentData().toLongLong());
    m_proxy->setState(m_state->currentData().toInt());
    m_proxy->setText(m_search->text());
    updateCounts();
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showPreview();
    saveFilters();
}

void CoderQueueWidget::updateCounts()
{
    const QHash<int, int> counts = m_proxy->stateCounts();
    int total = 0;
    for (int n : counts)
        total += n;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const int state = it.key();
        int active = 0;
        for (EncounterState s : QueueFilterProxy::activeStates())
            active += counts.value(int(s));
        const int n = state == QueueFilterProxy::kActive ? active
                : state < 0                              ? total
                                                         : counts.value(state);
        const QString name = state == QueueFilterProxy::kActive ? tr("To do")
                : state < 0                                     ? tr("All")
                            : encounterstate::displayName(static_cast<EncounterState>(state));
        it.value()->setText(QStringLiteral("%1  %2").arg(name).arg(n));
        it.value()->setToolTip(tr("Show only: %1").arg(name));
        it.value()->setChecked(m_proxy->state() == state);
    }

    if (m_proxy->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    const QLocale locale;
    const QString range = m_from->date() == m_to->date()
            ? locale.toString(m_from->date(), QLocale::ShortFormat)
            : tr("%1 to %2").arg(locale.toString(m_from->date(), QLocale::ShortFormat),
                                 locale.toString(m_to->date(), QLocale::ShortFormat));
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No encounters for %1 — change the dates or import encounters.")
                                 .arg(range));
    } else {
        m_empty->setText(tr("%n encounter(s) for %1, but none match the filters — clear the "
                            "filters to see them.",
                            nullptr, m_model->rowCount())
                                 .arg(range));
    }
    m_listStack->setCurrentWidget(m_empty);
}

void CoderQueueWidget::setOverdueDays(int days)
{
    m_model->setOverdueDays(days);
}

void CoderQueueWidget::focusTable()
{
    m_table->setFocus();
}

qint64 CoderQueueWidget::currentEncounterId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(QueueModel::IdRole).toLongLong() : 0;
}

void CoderQueueWidget::showPreview()
{
    const qint64 id = currentEncounterId();
    if (!id || m_proxy->rowCount() == 0) {
        m_preview->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(m_table->currentIndex());
    const EncounterSummary *summary = m_model->encounterAt(source.row());
    auto detail = m_encounters.open(m_session, id);
    if (!detail) {
        m_preview->setPlainText(detail.error().userMessage);
        return;
    }
    const EncounterDetail &d = detail.value();
    QString services;
    for (const ServiceLineEntry &l : d.services) {
        services += QStringLiteral("<li><tt>%1</tt>%2 × %3</li>")
                            .arg(l.code.toHtmlEscaped(),
                                 l.modifiers.isEmpty()
                                         ? QString()
                                         : QStringLiteral("-") + l.modifiers.join(QLatin1Char('-')))
                            .arg(l.units);
    }
    QString diagnoses;
    for (const DiagnosisEntry &dx : d.diagnoses)
        diagnoses += QStringLiteral("<li><tt>%1</tt></li>").arg(dx.code.toHtmlEscaped());
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(summary->patientName.toHtmlEscaped());
    html += tr("<p>%1 · born %2 · %3<br>%4 · %5 · place of service %6<br>Payer: %7</p>")
                    .arg(summary->mrn.toHtmlEscaped(),
                         locale.toString(d.patientBirthDate, QLocale::ShortFormat),
                         d.patientSex.toHtmlEscaped(),
                         locale.toString(summary->dateOfService, QLocale::ShortFormat),
                         summary->providerName.toHtmlEscaped(),
                         summary->placeOfService.toHtmlEscaped(),
                         summary->payerName.isEmpty() ? tr("no coverage")
                                                      : summary->payerName.toHtmlEscaped());
    if (!summary->returnReason.isEmpty())
        html += tr("<p><b>Returned by the biller:</b> %1</p>")
                        .arg(summary->returnReason.toHtmlEscaped());
    html += QStringLiteral("<pre style='white-space: pre-wrap'>%1</pre>")
                    .arg(d.clinicalNote.toHtmlEscaped());
    html += tr("<p><b>Superbill services</b></p><ul>%1</ul>").arg(services);
    if (!diagnoses.isEmpty())
        html += tr("<p><b>Diagnoses coded</b></p><ol>%1</ol>").arg(diagnoses);
    m_preview->setHtml(html);
}

} // namespace cc
