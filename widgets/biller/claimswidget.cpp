// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimswidget.h"
#include "claimform.h"
#include "common/errorbox.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/money.h"
#include "services/claimservice.h"
#include "services/practiceservice.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

namespace {
constexpr int kPreviewDelayMs = 250;
const QString kFilterPreference = QStringLiteral("claims.filter");

/// Adds the shortcut to a tooltip, as every tooltip of the window does.
QString withKey(const QString &tip, const QAction *action)
{
    if (action->shortcut().isEmpty())
        return tip;
    return QStringLiteral("%1 (%2)").arg(tip,
                                         action->shortcut().toString(QKeySequence::NativeText));
}
} // namespace

ClaimsWidget::ClaimsWidget(const Session &session, ClaimService &claims,
                           PracticeService &practice, QWidget *parent)
    : QWidget(parent), m_session(session), m_claims(claims), m_practice(practice)
{
    setObjectName(QStringLiteral("claims"));
    m_model = new ClaimListModel(this);
    m_proxy = new ClaimFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ClaimsWidget::previewNow);
    buildActions();
    buildUi();

    if (auto providers = m_practice.providers())
        m_form->setProviders(providers.value());
    else
        showFailure(tr("The providers could not be read."), providers.error());
    // Our own calls reload when they are done; a change from elsewhere reloads at once.
    connect(&m_claims, &ClaimService::claimsChanged, this, [this] {
        if (!m_busy)
            refreshFromElsewhere();
    });

    auto remembered = m_practice.preference(m_session, kFilterPreference);
    bool ok = false;
    const int value = remembered ? remembered.value().toInt(&ok) : 0;
    const auto initial = ok && value >= 0 && value <= int(StateFilter::All) ? StateFilter(value)
                                                                            : StateFilter::Drafts;
    m_stateFilter->setCurrentIndex(int(initial));
    m_proxy->setStates(ClaimFilterProxy::statesOf(initial));
    reload();
}

void ClaimsWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_message = new InlineMessage;
    layout->addWidget(m_message);

    auto *split = new QSplitter;
    split->setObjectName(QStringLiteral("claimsSplitter"));
    split->setChildrenCollapsible(false);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Claims to show"));
    m_stateFilter->setToolTip(tr("Which claims to list, with how many there are of each"));
    for (int i = 0; i <= int(StateFilter::All); ++i)
        m_stateFilter->addItem(ClaimFilterProxy::presetName(StateFilter(i)));
    m_textFilter = new QLineEdit;
    m_textFilter->setObjectName(QStringLiteral("claimFilter"));
    m_textFilter->setAccessibleName(tr("Filter the claims"));
    m_textFilter->setPlaceholderText(tr("Claim number, patient or payer (Ctrl+F)"));
    m_textFilter->setClearButtonEnabled(true);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_textFilter, 1);
    leftLayout->addLayout(filters);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("claimsTable"));
    m_table->setAccessibleName(tr("Claims"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the service's order: newest first
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    leftLayout->addWidget(m_table, 1);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("claimsEmpty"));
    m_empty->setWordWrap(true);
    leftLayout->addWidget(m_empty);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(actionButton(m_scrubAction, QStringLiteral("scrubDrafts")));
    listButtons->addStretch(1);
    listButtons->addWidget(actionButton(m_sendAction, QStringLiteral("send")));
    leftLayout->addLayout(listButtons);
    split->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *claimButtons = new QHBoxLayout;
    claimButtons->addWidget(actionButton(m_saveAction, QStringLiteral("save")));
    claimButtons->addWidget(actionButton(m_revertAction, QStringLiteral("revert")));
    claimButtons->addWidget(actionButton(m_printAction, QStringLiteral("print")));
    claimButtons->addStretch(1);
    claimButtons->addWidget(actionButton(m_overrideAction, QStringLiteral("overrideFinding")));
    claimButtons->addWidget(actionButton(m_replaceAction, QStringLiteral("replacement")));
    claimButtons->addWidget(actionButton(m_voidAction, QStringLiteral("void")));
    rightLayout->addLayout(claimButtons);

    m_form = new ClaimForm(m_claims);
    rightLayout->addWidget(m_form, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({680, 720});
    layout->addWidget(split, 1);

    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, m_form, &ClaimForm::focusFirstField);
    connect(keys, &WorkListKeys::searchRequested, m_textFilter,
            [this] { m_textFilter->setFocus(Qt::ShortcutFocusReason); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClaimsWidget::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClaimsWidget::updateActions);
    connect(m_stateFilter, &QComboBox::activated, this,
            [this](int index) { setStateFilter(StateFilter(index)); });
    connect(m_textFilter, &QLineEdit::textChanged, this, &ClaimsWidget::setTextFilter);
    connect(m_form, &ClaimForm::findingSelected, this, &ClaimsWidget::updateActions);
    connect(m_form, &ClaimForm::edited, this, &ClaimsWidget::formEdited);
    connect(m_form, &ClaimForm::inputRefused, this, [this](const QString &text) {
        m_message->showMessage(InlineMessage::Severity::Warning, text);
    });
}

QPushButton *ClaimsWidget::actionButton(QAction *action, const QString &objectName)
{
    action->setObjectName(objectName + QStringLiteral("Action"));
    auto *button = new QPushButton(action->text());
    button->setObjectName(objectName + QStringLiteral("Button"));
    auto sync = [action, button] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        button->setAccessibleDescription(action->toolTip());
    };
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    sync();
    return button;
}

void ClaimsWidget::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
        return a;
    };
    const auto ctrlShift = Qt::CTRL | Qt::SHIFT;
    m_saveAction = make(tr("&Save"), QKeySequence(Qt::CTRL | Qt::Key_S));
    m_revertAction = make(tr("Discard changes"), QKeySequence());
    m_printAction = make(tr("&Print CMS-1500…"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_replaceAction = make(tr("&Replacement claim…"), QKeySequence(ctrlShift | Qt::Key_R));
    m_voidAction = make(tr("&Void claim…"), QKeySequence(ctrlShift | Qt::Key_V));
    m_overrideAction = make(tr("&Override finding…"), QKeySequence(ctrlShift | Qt::Key_O));
    m_scrubAction = make(tr("Scr&ub drafts"), QKeySequence(Qt::Key_F9));
    m_sendAction = make(tr("Se&nd ready claims…"), QKeySequence(ctrlShift | Qt::Key_Return));
    connect(make(QString(), QKeySequence(ctrlShift | Qt::Key_Enter)), &QAction::triggered,
            m_sendAction, &QAction::trigger); // the keypad's Enter too

    connect(m_saveAction, &QAction::triggered, this, &ClaimsWidget::saveCurrent);
    connect(m_revertAction, &QAction::triggered, this, &ClaimsWidget::revertCurrent);
    connect(m_printAction, &QAction::triggered, this, &ClaimsWidget::printCurrent);
    connect(m_replaceAction, &QAction::triggered, this,
            [this] { correctCurrent(QStringLiteral("7")); });
    connect(m_voidAction, &QAction::triggered, this,
            [this] { correctCurrent(QStringLiteral("8")); });
    connect(m_overrideAction, &QAction::triggered, this, &ClaimsWidget::overrideSelected);
    connect(m_scrubAction, &QAction::triggered, this, &ClaimsWidget::scrubDrafts);
    connect(m_sendAction, &QAction::triggered, this, &ClaimsWidget::requestSend);
    connect(make(QString(), QKeySequence(Qt::CTRL | Qt::Key_F)), &QAction::triggered, this,
            [this] {
                m_textFilter->setFocus(Qt::ShortcutFocusReason);
                m_textFilter->selectAll();
            });
    connect(make(QString(), QKeySequence(Qt::Key_F5)), &QAction::triggered, this,
            &ClaimsWidget::reload);
}

ClaimsWidget::StateFilter ClaimsWidget::stateFilter() const
{
    return StateFilter(std::max(0, m_stateFilter->currentIndex()));
}

void ClaimsWidget::reload()
{
    reloadList(false);
}

void ClaimsWidget::refreshFromElsewhere()
{
    reloadList(true);
}

void ClaimsWidget::reloadList(bool keepForm)
{
    const qint64 keep = currentClaimId();
    const int keepRow = m_table->currentIndex().row();
    auto claims = m_claims.claims();
    if (!claims)
        return showFailure(tr("The claims could not be read."), claims.error());
    // Ready claims that go in an 837P: self-pay claims are ready too, but go to the patient.
    m_sendable.clear();
    if (auto ready = m_claims.readyClaims()) {
        for (const ClaimSummary &c : ready.value())
            m_sendable.insert(c.id);
    }
    m_selecting = true;
    m_model->setClaims(claims.value());
    m_selecting = false;
    fitColumns();
    updateFilterCounts();
    updateEmptyText();
    const ClaimSummary *stored = m_model->claimAt(m_model->rowOf(keep));
    if (m_dirty && stored && stored->version != m_current.summary.version)
        m_message->showMessage(InlineMessage::Severity::Warning,
                               tr("%1 was changed at another seat while you were editing it: "
                                  "saving will be refused. Discard your changes to see theirs.")
                                       .arg(m_current.summary.patientControlNumber));
    // A change made elsewhere leaves the form alone unless it was to this very claim: what the
    // biller is typing (a diagnosis, a cell being edited) stays where it is.
    const bool moved = !stored || stored->version != m_current.summary.version;
    selectAfterChange(keep, keepRow, !keepForm || moved);
}

void ClaimsWidget::fitColumns()
{
    if (m_proxy->rowCount() == 0)
        return; // keep the widths of the last rows seen rather than shrink to the headers
    m_table->resizeColumnsToContents();
    // Long names are elided rather than push the charge and findings out of sight.
    for (auto [column, most] : {std::pair{ClaimListModel::Column::ControlNumber, 110},
                                {ClaimListModel::Column::Patient, 130},
                                {ClaimListModel::Column::Payer, 130}})
        m_table->setColumnWidth(int(column), std::min(m_table->columnWidth(int(column)), most));
}

void ClaimsWidget::selectAfterChange(qint64 keep, int fallbackRow, bool refresh)
{
    const int sourceRow = m_model->rowOf(keep);
    QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0))
                                       : QModelIndex();
    // The claim left the list (saved ready while the drafts are listed): the next one in its
    // place is the next piece of work.
    if (!index.isValid() && !m_dirty && m_proxy->rowCount() > 0)
        index = m_proxy->index(std::clamp(fallbackRow, 0, m_proxy->rowCount() - 1), 0);
    m_selecting = true;
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    m_selecting = false;
    if (!m_dirty) {
        const qint64 shown = index.isValid() ? index.data(ClaimListModel::IdRole).toLongLong() : 0;
        if (shown == 0)
            clearClaim();
        else if (refresh || shown != currentClaimId())
            loadClaim(shown);
    }
    updateActions();
}

void ClaimsWidget::currentRowChanged(const QModelIndex &current)
{
    if (m_selecting || !current.isValid())
        return;
    const qint64 id = current.data(ClaimListModel::IdRole).toLongLong();
    if (id == currentClaimId())
        return;
    if (maySwitchAway()) {
        m_message->clearMessage(); // what it said was about the claim the biller leaves
        loadClaim(id);
        return;
    }
    // The biller stays on the claim being edited: put the list back on it once the view has
    // finished moving.
    QTimer::singleShot(0, this, [this] {
        const int row = m_model->rowOf(currentClaimId());
        m_selecting = true;
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        m_selecting = false;
    });
}

bool ClaimsWidget::maySwitchAway()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.")
                            .arg(m_current.summary.patientControlNumber),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedDialog"));
    box.setInformativeText(tr("Save them before leaving this claim?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (!store())
            return false;
        // The list shows the stored claim once the caller has moved on.
        QTimer::singleShot(0, this, &ClaimsWidget::reload);
        return true;
    case QMessageBox::Discard:
        m_dirty = false;
        loadClaim(currentClaimId()); // the form shows the claim as stored again
        return true;
    default: return false;
    }
}

bool ClaimsWidget::loadClaim(qint64 id)
{
    auto claim = m_claims.claim(id);
    if (!claim) {
        showFailure(tr("The claim could not be opened."), claim.error());
        return false;
    }
    m_previewTimer->stop();
    const bool other = id != currentClaimId();
    m_current = claim.value();
    m_dirty = false;
    const bool editable = claimstate::isEditable(m_current.summary.state)
            && m_session.can(Permission::ManageClaims);
    QList<CoverageOption> coverages;
    if (editable) {
        auto options = m_claims.coverageOptions(id);
        if (options)
            coverages = options.value();
        else
            showFailure(tr("The patient's coverages could not be read."), options.error());
    }
    m_form->setClaim(m_current, coverages, editable);
    updateActions();
    if (other)
        emit currentClaimChanged(id);
    return true;
}

void ClaimsWidget::clearClaim()
{
    const bool had = currentClaimId() != 0;
    m_previewTimer->stop();
    m_current = {};
    m_dirty = false;
    m_form->clear();
    if (had)
        emit currentClaimChanged(0);
}

bool ClaimsWidget::openClaim(qint64 id)
{
    if (id == currentClaimId())
        return true;
    if (!maySwitchAway())
        return false;
    if (m_model->rowOf(id) < 0)
        reload(); // a claim made since the list was read
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        m_message->showMessage(InlineMessage::Severity::Warning,
                               tr("That claim is not on file any more."));
        return false;
    }
    if (!m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid()) {
        // The filter hides it: show every claim rather than a claim outside the list.
        m_textFilter->clear();
        setStateFilter(StateFilter::All);
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_message->clearMessage();
    m_selecting = true;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_selecting = false;
    return loadClaim(id);
}

void ClaimsWidget::setStateFilter(StateFilter filter)
{
    m_stateFilter->setCurrentIndex(int(filter));
    m_proxy->setStates(ClaimFilterProxy::statesOf(filter));
    fitColumns();
    // A filter that is not remembered is no reason to interrupt the biller.
    (void)m_practice.setPreference(m_session, kFilterPreference, QString::number(int(filter)));
    updateEmptyText();
    selectAfterChange(currentClaimId(), 0, false);
}

void ClaimsWidget::setTextFilter(const QString &text)
{
    if (m_textFilter->text() != text)
        m_textFilter->setText(text); // comes back here through textChanged
    m_proxy->setText(text);
    updateEmptyText();
    selectAfterChange(currentClaimId(), 0, false);
}

void ClaimsWidget::updateFilterCounts()
{
    for (int i = 0; i <= int(StateFilter::All); ++i) {
        const auto preset = StateFilter(i);
        //: a filter of the claims list and how many claims it holds, e.g. "Drafts (12)"
        m_stateFilter->setItemText(i, tr("%1 (%2)")
                                              .arg(ClaimFilterProxy::presetName(preset))
                                              .arg(m_model->countIn(
                                                      ClaimFilterProxy::statesOf(preset))));
    }
}

void ClaimsWidget::updateEmptyText()
{
    const bool empty = m_proxy->rowCount() == 0;
    const QString text = m_proxy->text().trimmed();
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(text.isEmpty() ? ClaimFilterProxy::emptyText(stateFilter())
                                        : tr("No claim matches “%1”. Clear the filter or "
                                             "choose “All claims”.")
                                                  .arg(text));
}

void ClaimsWidget::formEdited()
{
    if (currentClaimId() == 0)
        return;
    m_dirty = true;
    m_previewTimer->start();
    m_form->setModified(true);
    updateActions();
}

void ClaimsWidget::previewNow()
{
    m_previewTimer->stop();
    if (currentClaimId() == 0 || !m_dirty)
        return;
    auto preview = m_claims.preview(currentClaimId(), m_form->edit());
    if (!preview) {
        if (preview.error().kind == Error::Kind::Invalid)
            m_message->showMessage(InlineMessage::Severity::Warning,
                                   preview.error().userMessage);
        else
            showFailure(tr("The claim could not be checked."), preview.error());
        m_previewRefused = true;
        return;
    }
    if (m_previewRefused)
        m_message->clearMessage(); // what the last preview refused is mended
    m_previewRefused = false;
    // The stored state and version stay: the save checks the version it started from.
    const ClaimState state = m_current.summary.state;
    const int version = m_current.summary.version;
    m_current = preview.value();
    m_current.summary.state = state;
    m_current.summary.version = version;
    m_form->showPreview(m_current);
    updateActions();
}

void ClaimsWidget::updateActions()
{
    const bool has = currentClaimId() != 0;
    const bool manage = m_session.can(Permission::ManageClaims);
    const ClaimState state = m_current.summary.state;
    const bool editable = has && claimstate::isEditable(state);
    auto set = [](QAction *a, bool enabled, const QString &tip, const QString &whyNot) {
        a->setEnabled(enabled);
        a->setToolTip(enabled ? withKey(tip, a) : whyNot);
    };
    const QString none = tr("Choose a claim first");
    const QString noRole = tr("Your role cannot change claims");
    set(m_saveAction, editable && manage,
        tr("Store the claim, scrub it, and mark it ready to send when no error remains"),
        !has ? none
             : !manage ? noRole
                       : tr("A claim that is %1 cannot be changed: what was sent stays as it "
                            "was sent. Make a replacement once the payer has numbered it.")
                                 .arg(claimstate::displayName(state).toLower()));
    set(m_revertAction, has && m_dirty, tr("Throw your changes away and show the claim as stored"),
        tr("Nothing to discard: the claim is as stored"));
    set(m_printAction, has,
        m_dirty ? tr("Write the CMS-1500 of the claim as last saved (save first to print your "
                     "changes)")
                : tr("Write the CMS-1500 (02/12) of the claim as a PDF to print on Letter"),
        none);

    const bool correctable = has && claimstate::canBeCorrected(state);
    const bool canCorrect = correctable && manage && !m_current.payerClaimNumber.isEmpty();
    const QString whyNot = !has ? none
            : !manage           ? noRole
            : !correctable ? tr("Only a claim the payer has accepted can be replaced or voided; "
                                "a draft, ready or rejected claim is corrected and saved")
                           : tr("The payer has not numbered this claim yet: its claim number "
                                "comes with the 277CA or the remittance");
    set(m_replaceAction, canCorrect,
        tr("Make a replacement (frequency 7) carrying the payer's claim number %1")
                .arg(m_current.payerClaimNumber),
        whyNot);
    set(m_voidAction, canCorrect,
        tr("Make a void (frequency 8): the payer cancels its claim %1")
                .arg(m_current.payerClaimNumber),
        whyNot);

    const auto finding = m_form->selectedFinding();
    const bool blocks = finding && finding->blocks();
    const bool stored = finding && finding->id > 0; // a preview's findings are not stored yet
    const bool mayOverride = m_session.can(Permission::OverrideFinding);
    set(m_overrideAction, editable && blocks && stored && !m_dirty && mayOverride,
        tr("Accept the selected error as it is, with a reason kept with the claim"),
        !mayOverride ? tr("Only billers and managers override findings")
        : !editable  ? tr("Only the findings of a claim that can still change are overridden")
        : !blocks    ? tr("Select an open error finding to override it")
                     : tr("Save the claim first: a finding is overridden as it was stored"));

    const int drafts = m_model->countIn(ClaimState::Draft);
    set(m_scrubAction, manage && drafts > 0,
        tr("Scrub the %n draft claim(s) and mark the clean ones ready to send", nullptr, drafts),
        manage ? tr("No draft claims to scrub") : noRole);
    const auto toSend = int(readyIdsToSend().size());
    m_sendAction->setText(toSend > 0 ? tr("Se&nd %n ready claim(s)…", nullptr, toSend)
                                     : tr("Se&nd ready claims…"));
    set(m_sendAction, manage && toSend > 0,
        tr("Write an 837P batch of the selected ready claims (all ready claims when none of "
           "them is selected)"),
        manage ? tr("No claim is ready to send: scrub the drafts and fix their findings")
               : noRole);
}

QList<qint64> ClaimsWidget::readyIdsToSend() const
{
    QList<qint64> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = index.data(ClaimListModel::IdRole).toLongLong();
        if (m_sendable.contains(id))
            selected.append(id);
    }
    if (!selected.isEmpty())
        return selected;
    for (const ClaimSummary &c : m_model->claims()) {
        if (m_sendable.contains(c.id))
            selected.append(c.id);
    }
    return selected;
}

bool ClaimsWidget::store()
{
    m_previewTimer->stop();
    const QString pcn = m_current.summary.patientControlNumber;
    m_busy = true;
    auto saved = m_claims.save(m_session, currentClaimId(), m_form->edit());
    m_busy = false;
    if (!saved) {
        if (saved.error().kind == Error::Kind::Invalid)
            m_message->showMessage(InlineMessage::Severity::Warning, saved.error().userMessage);
        else
            showFailure(tr("Save claim"), saved.error()); // a conflict, with its details
        return false;
    }
    m_dirty = false;
    const ClaimSummary &s = saved->summary;
    const bool ready = s.state == ClaimState::Scrubbed;
    const QString text = ready ? tr("Saved %1: no open error, it is ready to send.").arg(pcn)
                               : tr("Saved %1: %n open error(s) to fix or override.", nullptr,
                                    s.errorCount)
                                         .arg(pcn);
    m_message->showMessage(ready ? InlineMessage::Severity::Info
                                 : InlineMessage::Severity::Warning,
                           text);
    emit statusMessageRequested(text);
    return true;
}

bool ClaimsWidget::saveCurrent()
{
    if (currentClaimId() == 0 || !m_saveAction->isEnabled() || !store())
        return false;
    reload();
    return true;
}

void ClaimsWidget::revertCurrent()
{
    if (currentClaimId() == 0)
        return;
    m_dirty = false;
    m_message->clearMessage();
    loadClaim(currentClaimId());
}

bool ClaimsWidget::printCurrent()
{
    if (currentClaimId() == 0)
        return false;
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Print CMS-1500"),
            dir.filePath(QStringLiteral("%1-CMS1500.pdf")
                                 .arg(m_current.summary.patientControlNumber)),
            tr("PDF files (*.pdf)"));
    return !path.isEmpty() && printCurrentTo(path);
}

bool ClaimsWidget::printCurrentTo(const QString &path)
{
    if (currentClaimId() == 0)
        return false;
    auto pdf = m_claims.cms1500Pdf(currentClaimId());
    if (!pdf) {
        showFailure(tr("The CMS-1500 could not be made."), pdf.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size()
        || !file.commit()) {
        showFailure(tr("Print CMS-1500"),
                    Error::make(Error::Kind::ReadOnly,
                                tr("The PDF could not be written to %1: choose another folder.")
                                        .arg(QDir::toNativeSeparators(path)),
                                file.errorString()));
        return false;
    }
    const QString text = tr("The CMS-1500 of %1 is in %2.")
                                 .arg(m_current.summary.patientControlNumber,
                                      QDir::toNativeSeparators(path));
    m_message->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    return true;
}

bool ClaimsWidget::correctCurrent(const QString &frequency)
{
    const bool isVoid = frequency == QLatin1String("8");
    if (currentClaimId() == 0 || !(isVoid ? m_voidAction : m_replaceAction)->isEnabled())
        return false;
    const QString pcn = m_current.summary.patientControlNumber;
    const QString number = m_current.payerClaimNumber;
    QMessageBox box(QMessageBox::Question, isVoid ? tr("Void claim") : tr("Replacement claim"),
                    isVoid ? tr("Make a void of %1?").arg(pcn)
                           : tr("Make a replacement of %1?").arg(pcn),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("correctionDialog"));
    box.setInformativeText(isVoid ? tr("A new claim with frequency 8 asks the payer to cancel "
                                       "its claim %1. It is a draft until you send it.")
                                            .arg(number)
                                  : tr("A new draft claim with the same coding and frequency 7 "
                                       "replaces the payer's claim %1. Correct it, save it, "
                                       "then send it.")
                                            .arg(number));
    return box.exec() == QMessageBox::Yes && correctCurrentWith(frequency);
}

bool ClaimsWidget::correctCurrentWith(const QString &frequency)
{
    if (currentClaimId() == 0 || !maySwitchAway())
        return false;
    const QString pcn = m_current.summary.patientControlNumber;
    m_busy = true;
    auto made = m_claims.createCorrection(m_session, currentClaimId(), frequency);
    m_busy = false;
    if (!made) {
        showFailure(tr("Correct claim"), made.error());
        return false;
    }
    reload();
    if (!openClaim(made.value()))
        return false;
    const QString text = frequency == QLatin1String("8")
            ? tr("Made %1, the void of %2.").arg(m_current.summary.patientControlNumber, pcn)
            : tr("Made %1, the replacement of %2: correct it and save it.")
                      .arg(m_current.summary.patientControlNumber, pcn);
    m_message->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    return true;
}

bool ClaimsWidget::overrideSelected()
{
    if (!m_overrideAction->isEnabled())
        return false;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("overrideDialog"));
    dialog.setWindowTitle(tr("Override finding"));
    dialog.setLabelText(tr("Why is this claim right as it is? The reason is kept with the "
                           "claim and shown to auditors."));
    dialog.setInputMode(QInputDialog::TextInput);
    return dialog.exec() == QDialog::Accepted && overrideSelectedWith(dialog.textValue());
}

bool ClaimsWidget::overrideSelectedWith(const QString &reason)
{
    const auto selected = m_form->selectedFinding();
    if (currentClaimId() == 0 || !selected || !selected->blocks() || selected->id <= 0)
        return false;
    m_busy = true;
    auto done = m_claims.overrideFinding(m_session, currentClaimId(), selected->id, reason);
    m_busy = false;
    if (!done) {
        if (done.error().kind == Error::Kind::Invalid)
            m_message->showMessage(InlineMessage::Severity::Warning, done.error().userMessage);
        else
            showFailure(tr("Override finding"), done.error());
        return false;
    }
    m_message->showMessage(InlineMessage::Severity::Info, tr("Finding overridden."));
    reload();
    return true;
}

int ClaimsWidget::scrubDrafts()
{
    if (!m_session.can(Permission::ManageClaims) || !maySwitchAway())
        return -1;
    m_busy = true;
    auto ready = m_claims.scrubClaims(m_session);
    m_busy = false;
    if (!ready) {
        showFailure(tr("Scrub drafts"), ready.error());
        return -1;
    }
    const QString text = tr("Scrubbed the drafts: %n claim(s) ready to send.", nullptr,
                            ready.value());
    m_message->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    reload();
    return ready.value();
}

void ClaimsWidget::requestSend()
{
    const QList<qint64> ids = readyIdsToSend();
    if (!ids.isEmpty() && m_session.can(Permission::ManageClaims) && maySwitchAway())
        emit sendRequested(ids);
}

void ClaimsWidget::showFailure(const QString &title, const Error &error)
{
    m_message->showError(title, error);
}

} // namespace cc
