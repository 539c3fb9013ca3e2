// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentswidget.h"
#include "eobform.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/money.h"
#include "itemmodels/erapreviewmodel.h"
#include "itemmodels/matchcandidatemodel.h"
#include "itemmodels/remittancemodel.h"
#include "itemmodels/unmatchedmodel.h"
#include "services/claimservice.h"
#include "services/postingservice.h"
#include "services/practiceservice.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace cc {

namespace {

const auto kDirectoryKey = QStringLiteral("payments/eraDirectory");
const QColor kErrorColor(0xb0, 0x00, 0x20);

/**
 * J/K and Enter for a tree (WorkListKeys walks only the top level): J and K move to the
 * next and previous visible row, whatever its depth; Enter calls @p open.
 */
class TreeKeys : public QObject
{
public:
    TreeKeys(QTreeView *view, std::function<void()> open)
        : QObject(view), m_view(view), m_open(std::move(open))
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view || event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
            return QObject::eventFilter(watched, event);
        const QModelIndex current = m_view->currentIndex();
        switch (key->key()) {
        case Qt::Key_J: {
            const QModelIndex next = current.isValid() ? m_view->indexBelow(current)
                                                       : m_view->model()->index(0, 0);
            if (next.isValid())
                m_view->setCurrentIndex(next);
            return true;
        }
        case Qt::Key_K: {
            const QModelIndex previous = m_view->indexAbove(current);
            if (previous.isValid())
                m_view->setCurrentIndex(previous);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_open();
            return true;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView *m_view;
    std::function<void()> m_open;
};

QTableView *makeTable(const QString &name, const QString &accessible, QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTreeView *makeTree(const QString &name, const QString &accessible, QAbstractItemModel *model)
{
    auto *tree = new QTreeView;
    tree->setObjectName(name);
    tree->setAccessibleName(accessible);
    tree->setModel(model);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QSortFilterProxyModel *makeFilter(QObject *parent, QAbstractItemModel *source)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

QLineEdit *makeFilterEdit(const QString &name, const QString &accessible,
                          const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

PaymentsWidget::PaymentsWidget(const Session &session, PostingService &posting,
                               ClaimService &claims, PracticeService &practice, QWidget *parent)
    : QWidget(parent), m_session(session), m_posting(posting), m_claims(claims),
      m_practice(practice)
{
    setObjectName(QStringLiteral("payments"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("paymentsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildEraPage(), QString());
    m_tabs->addTab(buildUnmatchedPage(), QString());
    m_eob = new EobFormWidget(m_session, m_posting, m_claims, m_practice);
    m_tabs->addTab(m_eob, QString());
    layout->addWidget(m_tabs);
    connect(m_eob, &EobFormWidget::statusMessageRequested, this,
            &PaymentsWidget::statusMessageRequested);
    connect(m_eob, &EobFormWidget::openClaimRequested, this,
            &PaymentsWidget::openClaimRequested);

    // A posting moves many claims at once: one reload after the event loop settles.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &PaymentsWidget::reload);
    connect(&m_posting, &PostingService::postingsChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));

    auto shortcut = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        showPage(Page::Era);
        openWithDialog();
    });
    const auto postKey = [this] {
        if (currentPage() == Page::Era && canPost())
            post();
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), postKey);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), postKey);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), [this] {
        showPage(Page::Unmatched);
        if (m_match->isEnabled())
            matchWithDialog();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (currentPage() == Page::Unmatched && m_dismiss->isEnabled())
            dismissWithDialog();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { focusFilter(); });

    retranslateTabs();
    reload();
}

QWidget *PaymentsWidget::buildEraPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("eraPage"));
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open 835…"));
    m_open->setObjectName(QStringLiteral("openEraButton"));
    m_open->setToolTip(tr("Read an ERA (835) file and see what it will post (Ctrl+I)"));
    m_post = new QPushButton(tr("Pos&t"));
    m_post->setObjectName(QStringLiteral("postEraButton"));
    m_post->setToolTip(tr("Post the whole file to the ledger; nothing is posted if any part "
                          "is refused (Ctrl+Return)"));
    m_post->setEnabled(false);
    const bool mayPost = m_session.can(Permission::PostPayments);
    m_open->setEnabled(mayPost);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("eraHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_open, 0, Qt::AlignTop);
    top->addWidget(m_post, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    layout->addLayout(top);
    m_eraMessage = new InlineMessage;
    m_eraMessage->setObjectName(QStringLiteral("eraMessage"));
    layout->addWidget(m_eraMessage);
    m_errors = new QListWidget;
    m_errors->setObjectName(QStringLiteral("eraErrors"));
    m_errors->setAccessibleName(tr("Why the file cannot be posted"));
    m_errors->setWordWrap(true);
    m_errors->hide();
    layout->addWidget(m_errors);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("eraSplitter"));
    split->setChildrenCollapsible(false);
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewModel = new EraPreviewModel(this);
    m_previewTree = makeTree(QStringLiteral("eraPreviewTree"), tr("What the ERA will post"),
                             m_previewModel);
    previewLayout->addWidget(m_previewTree, 1);
    m_previewEmpty = new QLabel(tr("Open an ERA (835) file with Open 835 (Ctrl+I): what it will "
                                   "post shows here before anything is posted."));
    m_previewEmpty->setObjectName(QStringLiteral("eraPreviewEmpty"));
    m_previewEmpty->setWordWrap(true);
    m_previewEmpty->setEnabled(false);
    previewLayout->addWidget(m_previewEmpty);
    split->addWidget(previewPane);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("remittanceSplitter"));
    bottom->setChildrenCollapsible(false);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QHBoxLayout;
    listTitle->addWidget(new QLabel(tr("<b>Payments posted</b> — newest first")));
    m_remittanceFilter = makeFilterEdit(QStringLiteral("remittanceFilter"),
                                        tr("Filter the payments posted"),
                                        tr("Payer, trace or check number (Ctrl+F)"));
    listTitle->addWidget(m_remittanceFilter, 1);
    listLayout->addLayout(listTitle);
    m_remittanceModel = new RemittanceModel(this);
    m_remittanceProxy = makeFilter(this, m_remittanceModel);
    m_remittanceTable = makeTable(QStringLiteral("remittanceTable"), tr("Payments posted"),
                                  m_remittanceProxy);
    listLayout->addWidget(m_remittanceTable, 1);
    m_remittanceEmpty = new QLabel(tr("No payment has been posted yet. Open an ERA (Ctrl+I) or "
                                      "type a paper EOB."));
    m_remittanceEmpty->setObjectName(QStringLiteral("remittanceEmpty"));
    m_remittanceEmpty->setWordWrap(true);
    m_remittanceEmpty->setEnabled(false);
    listLayout->addWidget(m_remittanceEmpty);
    bottom->addWidget(listPane);
    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailHeader = new QLabel;
    m_detailHeader->setObjectName(QStringLiteral("remittanceHeader"));
    m_detailHeader->setTextFormat(Qt::RichText);
    m_detailHeader->setWordWrap(true);
    m_detailHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailHeader);
    m_detailModel = new EraPreviewModel(this);
    m_detailTree = makeTree(QStringLiteral("remittanceDetailTree"),
                            tr("What the selected payment posted"), m_detailModel);
    detailLayout->addWidget(m_detailTree, 1);
    bottom->addWidget(detailPane);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    new TreeKeys(m_previewTree, [this] { openTreeClaim(m_previewTree); });
    new TreeKeys(m_detailTree, [this] { openTreeClaim(m_detailTree); });
    auto *keys = new WorkListKeys(m_remittanceTable);
    connect(keys, &WorkListKeys::searchRequested, this, &PaymentsWidget::focusFilter);
    connect(keys, &WorkListKeys::openRequested, m_detailTree,
            [this] { m_detailTree->setFocus(Qt::OtherFocusReason); });
    connect(m_open, &QPushButton::clicked, this, &PaymentsWidget::openWithDialog);
    connect(m_post, &QPushButton::clicked, this, &PaymentsWidget::post);
    connect(m_remittanceFilter, &QLineEdit::textChanged, m_remittanceProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_remittanceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsWidget::showRemittance);
    connect(m_remittanceProxy, &QAbstractItemModel::modelReset, this,
            &PaymentsWidget::showRemittance);
    connect(m_remittanceProxy, &QAbstractItemModel::layoutChanged, this,
            &PaymentsWidget::showRemittance);
    connect(m_remittanceProxy, &QAbstractItemModel::rowsRemoved, this,
            &PaymentsWidget::showRemittance);
    connect(m_previewTree, &QTreeView::doubleClicked, this,
            [this] { openTreeClaim(m_previewTree); });
    connect(m_detailTree, &QTreeView::doubleClicked, this,
            [this] { openTreeClaim(m_detailTree); });
    showPreview();
    return page;
}

QWidget *PaymentsWidget::buildUnmatchedPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("unmatchedPage"));
    auto *layout = new QVBoxLayout(page);
    m_unmatchedMessage = new InlineMessage;
    m_unmatchedMessage->setObjectName(QStringLiteral("unmatchedMessage"));
    layout->addWidget(m_unmatchedMessage);
    auto *title = new QHBoxLayout;
    auto *intro = new QLabel(tr("<b>Unmatched ERA</b> — claims a payer paid or denied that "
                                "match no claim number of ours. Choose the claim it meant and "
                                "Match (Ctrl+M), or say it is not ours (Ctrl+D)."));
    intro->setWordWrap(true);
    title->addWidget(intro, 1);
    m_unmatchedFilter = makeFilterEdit(QStringLiteral("unmatchedFilter"),
                                       tr("Filter the unmatched ERA claims"),
                                       tr("Payer, claim number, patient (Ctrl+F)"));
    title->addWidget(m_unmatchedFilter);
    layout->addLayout(title);
    m_unmatchedModel = new UnmatchedModel(this);
    m_unmatchedProxy = makeFilter(this, m_unmatchedModel);
    m_unmatchedTable = makeTable(QStringLiteral("unmatchedTable"), tr("Unmatched ERA claims"),
                                 m_unmatchedProxy);
    layout->addWidget(m_unmatchedTable, 2);
    m_unmatchedEmpty = new QLabel(tr("Every ERA claim matched a claim of ours: nothing to do "
                                     "here."));
    m_unmatchedEmpty->setObjectName(QStringLiteral("unmatchedEmpty"));
    m_unmatchedEmpty->setWordWrap(true);
    m_unmatchedEmpty->setEnabled(false);
    layout->addWidget(m_unmatchedEmpty);

    m_candidateTitle = new QLabel;
    m_candidateTitle->setObjectName(QStringLiteral("candidateTitle"));
    m_candidateTitle->setWordWrap(true);
    layout->addWidget(m_candidateTitle);
    m_candidateModel = new MatchCandidateModel(this);
    m_candidateTable = makeTable(QStringLiteral("candidateTable"),
                                 tr("Claims of ours it may be"), m_candidateModel);
    layout->addWidget(m_candidateTable, 1);
    auto *actions = new QHBoxLayout;
    m_matchNumber = new QLineEdit;
    m_matchNumber->setObjectName(QStringLiteral("matchClaimNumber"));
    m_matchNumber->setAccessibleName(tr("Claim number to match to"));
    m_matchNumber->setPlaceholderText(tr("Or type our claim number if it is not listed"));
    m_matchNumber->setClearButtonEnabled(true);
    m_match = new QPushButton(tr("&Match…"));
    m_match->setObjectName(QStringLiteral("matchButton"));
    m_match->setToolTip(tr("Post the payer's claim to the chosen claim of ours (Ctrl+M)"));
    m_dismiss = new QPushButton(tr("&Not ours…"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("Take it off the list with a reason; nothing is posted (Ctrl+D)"));
    actions->addWidget(m_matchNumber, 1);
    actions->addWidget(m_match);
    actions->addWidget(m_dismiss);
    layout->addLayout(actions);

    auto *keys = new WorkListKeys(m_unmatchedTable);
    connect(keys, &WorkListKeys::searchRequested, this, &PaymentsWidget::focusFilter);
    connect(keys, &WorkListKeys::openRequested, m_candidateTable,
            [this] { m_candidateTable->setFocus(Qt::OtherFocusReason); });
    auto *candidateKeys = new WorkListKeys(m_candidateTable);
    connect(candidateKeys, &WorkListKeys::openRequested, this, [this] {
        const MatchCandidate *c = m_candidateModel->candidateAt(
                m_candidateTable->currentIndex().row());
        if (c)
            emit openClaimRequested(c->claimId);
    });
    connect(m_unmatchedFilter, &QLineEdit::textChanged, m_unmatchedProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_unmatchedTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsWidget::showCandidates);
    connect(m_unmatchedProxy, &QAbstractItemModel::modelReset, this,
            &PaymentsWidget::showCandidates);
    connect(m_unmatchedProxy, &QAbstractItemModel::layoutChanged, this,
            &PaymentsWidget::showCandidates);
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsWidget::updateMatchButtons);
    connect(m_matchNumber, &QLineEdit::textChanged, this, &PaymentsWidget::updateMatchButtons);
    connect(m_matchNumber, &QLineEdit::returnPressed, this, [this] {
        if (m_match->isEnabled())
            matchWithDialog();
    });
    connect(m_match, &QPushButton::clicked, this, &PaymentsWidget::matchWithDialog);
    connect(m_dismiss, &QPushButton::clicked, this, &PaymentsWidget::dismissWithDialog);
    return page;
}

bool PaymentsWidget::canPost() const
{
    return m_post->isEnabled();
}

QStringList PaymentsWidget::errorLines() const
{
    QStringList lines;
    for (int i = 0; i < m_errors->count(); ++i)
        lines.append(m_errors->item(i)->text());
    return lines;
}

QString PaymentsWidget::headline() const
{
    return m_headline->text();
}

qint64 PaymentsWidget::currentRemittanceId() const
{
    const QModelIndex i = m_remittanceTable->currentIndex();
    return i.isValid() ? i.data(RemittanceModel::RemittanceIdRole).toLongLong() : 0;
}

const UnmatchedEraClaim *PaymentsWidget::currentUnmatched() const
{
    const QModelIndex i = m_unmatchedProxy->mapToSource(m_unmatchedTable->currentIndex());
    return m_unmatchedModel->claimAt(i.isValid() ? i.row() : -1);
}

void PaymentsWidget::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

PaymentsWidget::Page PaymentsWidget::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void PaymentsWidget::reload()
{
    m_reloadTimer->stop();
    reloadRemittances();
    reloadUnmatched();
    m_eob->reloadPayers();
    retranslateTabs();
}

bool PaymentsWidget::openWithDialog()
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    QFileDialog dialog(this, tr("Open an ERA (835)"));
    dialog.setObjectName(QStringLiteral("eraOpenDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("ERA files (*.835 *.x12 *.edi *.era *.txt)"), tr("All files (*)")});
    dialog.setDirectory(QSettings().value(kDirectoryKey, fallback).toString());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    if (path.isEmpty())
        return false;
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    return openFile(path);
}

bool PaymentsWidget::openFile(const QString &path)
{
    m_eraMessage->clearMessage();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_eraMessage->showError(tr("Open ERA"),
                                Error::make(Error::Kind::Open,
                                            tr("%1 could not be opened: nothing was read.")
                                                    .arg(name),
                                            tr("%1: %2").arg(QDir::toNativeSeparators(path),
                                                             file.errorString())));
        return false;
    }
    const QByteArray content = file.readAll();
    auto preview = m_posting.previewEra(content, name);
    if (!preview) {
        Error error = preview.error();
        if (error.detail.isEmpty())
            error.detail = QDir::toNativeSeparators(path);
        m_eraMessage->showError(tr("Open ERA"), error);
        m_preview = {};
        m_content.clear();
        m_fileName.clear();
        showPreview();
        return false;
    }
    m_preview = preview.value();
    m_content = content;
    m_fileName = name;
    showPreview();
    if (!m_preview.errors.isEmpty())
        m_eraMessage->showMessage(InlineMessage::Severity::Error,
                                  tr("%1 cannot be posted: %n problem(s) listed below. Nothing "
                                     "was posted; ask the payer or clearinghouse for a corrected "
                                     "file.",
                                     nullptr, int(m_preview.errors.size()))
                                          .arg(name));
    else if (m_preview.transactions.isEmpty())
        m_eraMessage->showMessage(InlineMessage::Severity::Warning,
                                  tr("%1 holds no payment: there is nothing to post.").arg(name));
    emit statusMessageRequested(tr("Read %1").arg(name));
    return true;
}

void PaymentsWidget::showPreview()
{
    m_previewModel->setPreview(m_preview);
    m_previewTree->expandToDepth(0);
    for (int c = 0; c < int(EraPreviewModel::Column::Adjustments); ++c)
        m_previewTree->resizeColumnToContents(c);
    const bool shown = !m_preview.transactions.isEmpty() || !m_preview.errors.isEmpty();
    m_previewEmpty->setVisible(!shown);
    if (!shown)
        m_headline->clear();
    else if (m_preview.transactions.isEmpty())
        m_headline->setText(tr("<b>%1</b>: no payment could be read.")
                                    .arg(m_preview.fileName.toHtmlEscaped()));
    else
        m_headline->setText(QStringLiteral("<b>%1</b>: %2")
                                    .arg(m_preview.fileName.toHtmlEscaped(),
                                         m_previewModel->headline().toHtmlEscaped()));

    m_errors->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const QString &e : m_preview.errors) {
        auto *item = new QListWidgetItem(icon, e, m_errors);
        item->setForeground(kErrorColor);
        item->setToolTip(tr("The file is refused whole while any problem is listed"));
    }
    m_errors->setVisible(m_errors->count() > 0);
    if (m_errors->count() > 0) {
        int height = 2 * m_errors->frameWidth() + 4;
        for (int i = 0; i < std::min(m_errors->count(), 6); ++i)
            height += m_errors->sizeHintForRow(i);
        m_errors->setFixedHeight(height);
    }
    m_post->setEnabled(m_preview.canPost() && m_session.can(Permission::PostPayments));
}

bool PaymentsWidget::post()
{
    if (!canPost() || m_content.isEmpty())
        return false;
    auto result = m_posting.postEra(std::optional<Session>(m_session), m_content, m_fileName,
                                    QDateTime::currentDateTimeUtc());
    if (!result) {
        m_eraMessage->showError(tr("Post ERA"), result.error());
        return false;
    }
    const PostingResult &r = result.value();
    const QString name = m_fileName;
    m_preview = {};
    m_content.clear();
    m_fileName.clear();
    showPreview();
    //: "Posted era.835: Posted 12 claims, $1,234.00 paid; 2 denials; 1 claim not matched."
    const QString sentence = tr("Posted %1: %2").arg(name, r.summary);
    m_eraMessage->showMessage(r.unmatched > 0 ? InlineMessage::Severity::Warning
                                              : InlineMessage::Severity::Info,
                              r.unmatched > 0
                                      ? sentence + QLatin1Char(' ')
                                              + tr("Match the claims left under Unmatched ERA.")
                                      : sentence);
    emit statusMessageRequested(sentence);
    reload();
    if (!r.remittanceIds.isEmpty()) {
        const int row = m_remittanceModel->rowOf(r.remittanceIds.constFirst());
        const QModelIndex i = m_remittanceProxy->mapFromSource(m_remittanceModel->index(row, 0));
        if (row >= 0 && i.isValid())
            m_remittanceTable->setCurrentIndex(i);
    }
    return true;
}

void PaymentsWidget::reloadRemittances()
{
    const qint64 keep = currentRemittanceId();
    auto list = m_posting.remittances();
    if (!list) {
        m_eraMessage->showError(tr("Payments posted"), list.error());
    } else {
        const QSignalBlocker block(m_remittanceTable->selectionModel());
        m_remittanceModel->setRemittances(list.value());
    }
    m_remittanceTable->resizeColumnsToContents();
    m_remittanceEmpty->setVisible(m_remittanceModel->rowCount() == 0);
    QModelIndex i = m_remittanceProxy->mapFromSource(
            m_remittanceModel->index(m_remittanceModel->rowOf(keep), 0));
    if (!i.isValid())
        i = m_remittanceProxy->index(0, 0);
    {
        const QSignalBlocker block(m_remittanceTable->selectionModel());
        if (i.isValid())
            m_remittanceTable->setCurrentIndex(i);
    }
    m_shownRemittance = -1;
    showRemittance();
}

void PaymentsWidget::showRemittance()
{
    const qint64 id = currentRemittanceId();
    if (id == m_shownRemittance)
        return;
    m_shownRemittance = id;
    if (id == 0) {
        m_detailHeader->setText(tr("Select a payment to see what it posted."));
        m_detailModel->clear();
        return;
    }
    auto detail = m_posting.remittance(id);
    if (!detail) {
        m_detailHeader->setText(detail.error().userMessage.toHtmlEscaped());
        m_detailModel->clear();
        return;
    }
    const RemittanceSummary &s = detail->summary;
    m_detailHeader->setText(
            //: payment header: payer, method and trace, payment date, amount; who posted, when,
            //: from which file
            tr("<b>%1</b> · %2 %3 · %4 · %5<br>Posted by %6 on %7%8")
                    .arg(s.payerName.toHtmlEscaped(), s.paymentMethod.toHtmlEscaped(),
                         s.traceNumber.toHtmlEscaped(),
                         QLocale().toString(s.paymentDate, QLocale::ShortFormat),
                         Money::fromCents(s.paymentCents).toDisplayString(),
                         s.postedBy.toHtmlEscaped(),
                         QLocale().toString(s.postedAt.toLocalTime(), QLocale::ShortFormat),
                         s.fileName.isEmpty()
                                 ? QString()
                                 : tr(" from %1").arg(s.fileName.toHtmlEscaped())));
    m_detailModel->setTransactions({detail->content});
    m_detailTree->expandToDepth(0);
    for (int c = 0; c < int(EraPreviewModel::Column::Adjustments); ++c)
        m_detailTree->resizeColumnToContents(c);
}

void PaymentsWidget::openTreeClaim(QTreeView *tree)
{
    const QModelIndex i = tree->currentIndex();
    const qint64 id = i.isValid() ? i.data(EraPreviewModel::ClaimIdRole).toLongLong() : 0;
    if (id != 0)
        emit openClaimRequested(id);
    else if (i.isValid())
        tree->setExpanded(i.siblingAtColumn(0), !tree->isExpanded(i.siblingAtColumn(0)));
}

void PaymentsWidget::reloadUnmatched()
{
    const UnmatchedEraClaim *current = currentUnmatched();
    const qint64 keep = current ? current->id : 0;
    const int keepRow = m_unmatchedTable->currentIndex().row();
    auto list = m_posting.unmatched();
    if (!list) {
        m_unmatchedMessage->showError(tr("Unmatched ERA"), list.error());
    } else {
        const QSignalBlocker block(m_unmatchedTable->selectionModel());
        m_unmatchedModel->setClaims(list.value());
    }
    m_unmatchedTable->resizeColumnsToContents();
    m_unmatchedEmpty->setVisible(m_unmatchedModel->rowCount() == 0);
    QModelIndex i = m_unmatchedProxy->mapFromSource(
            m_unmatchedModel->index(m_unmatchedModel->rowOf(keep), 0));
    if (!i.isValid() && m_unmatchedProxy->rowCount() > 0)
        i = m_unmatchedProxy->index(std::clamp(keepRow, 0, m_unmatchedProxy->rowCount() - 1), 0);
    {
        const QSignalBlocker block(m_unmatchedTable->selectionModel());
        if (i.isValid())
            m_unmatchedTable->setCurrentIndex(i);
    }
    showCandidates();
}

void PaymentsWidget::showCandidates()
{
    const UnmatchedEraClaim *u = currentUnmatched();
    if (!u) {
        m_candidateTitle->setText(QString());
        m_candidateModel->setCandidates({});
        updateMatchButtons();
        return;
    }
    auto candidates = m_posting.matchCandidates(u->id);
    if (!candidates) {
        m_unmatchedMessage->showError(tr("Unmatched ERA"), candidates.error());
        m_candidateModel->setCandidates({});
    } else {
        m_candidateModel->setCandidates(candidates.value());
    }
    m_candidateTitle->setText(
            m_candidateModel->rowCount() == 0
                    ? tr("<b>No claim of ours looks like %1</b> (%2, %3). Type our claim number "
                         "below if you know it.")
                              .arg(u->patientControlNumber.toHtmlEscaped(),
                                   u->patientName.toHtmlEscaped(),
                                   Money::fromCents(u->chargeCents).toDisplayString())
                    : tr("<b>Claims of ours that may be %1</b> (%2, %3), likeliest first:")
                              .arg(u->patientControlNumber.toHtmlEscaped(),
                                   u->patientName.toHtmlEscaped(),
                                   Money::fromCents(u->chargeCents).toDisplayString()));
    m_candidateTable->resizeColumnsToContents();
    if (m_candidateModel->rowCount() > 0)
        m_candidateTable->setCurrentIndex(m_candidateModel->index(0, 0));
    updateMatchButtons();
}

void PaymentsWidget::updateMatchButtons()
{
    const bool may = m_session.can(Permission::PostPayments);
    const bool selected = currentUnmatched() != nullptr;
    const bool target = !m_matchNumber->text().trimmed().isEmpty()
            || m_candidateTable->currentIndex().isValid();
    m_match->setEnabled(may && selected && target);
    m_dismiss->setEnabled(may && selected);
}

bool PaymentsWidget::matchWithDialog()
{
    if (!currentUnmatched())
        return false;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("matchNoteDialog"));
    dialog.setWindowTitle(tr("Match ERA claim"));
    dialog.setLabelText(tr("A note for the claim's history (optional):"));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return matchCurrent(dialog.textValue());
}

bool PaymentsWidget::matchCurrent(const QString &note)
{
    const UnmatchedEraClaim *u = currentUnmatched();
    if (!u)
        return false;
    const UnmatchedEraClaim unmatched = *u;
    qint64 claimId = 0;
    QString claimNumber = m_matchNumber->text().trimmed();
    if (!claimNumber.isEmpty()) {
        auto found = m_claims.claimByControlNumber(claimNumber);
        if (!found) {
            m_unmatchedMessage->showError(tr("Match ERA claim"), found.error());
            return false;
        }
        if (!found.value()) {
            m_unmatchedMessage->showMessage(InlineMessage::Severity::Warning,
                                            tr("No claim of ours has the number %1.")
                                                    .arg(claimNumber));
            m_matchNumber->setFocus();
            m_matchNumber->selectAll();
            return false;
        }
        claimId = *found.value();
    } else if (const MatchCandidate *c
               = m_candidateModel->candidateAt(m_candidateTable->currentIndex().row())) {
        claimId = c->claimId;
        claimNumber = c->patientControlNumber;
    } else {
        m_unmatchedMessage->showMessage(InlineMessage::Severity::Warning,
                                        tr("Choose one of the claims listed, or type our claim "
                                           "number."));
        return false;
    }
    auto result = m_posting.matchUnmatched(m_session, unmatched.id, unmatched.version, claimId,
                                           note.trimmed(), QDateTime::currentDateTimeUtc());
    if (!result) {
        if (result.error().kind == Error::Kind::Conflict) {
            Error error = result.error();
            error.userMessage = tr("Another biller matched or dismissed %1 first: nothing was "
                                   "posted, and the list was read again.")
                                        .arg(unmatched.patientControlNumber);
            error.detail = result.error().userMessage + QLatin1Char('\n') + result.error().detail;
            reload();
            m_unmatchedMessage->showError(tr("Match ERA claim"), error);
        } else {
            m_unmatchedMessage->showError(tr("Match ERA claim"), result.error());
        }
        return false;
    }
    m_matchNumber->clear();
    //: "Matched E123 to claim PCN0001: Posted 1 claim, $80.00 paid."
    const QString sentence = tr("Matched %1 to claim %2: %3")
                                     .arg(unmatched.patientControlNumber, claimNumber,
                                          result->summary);
    reload();
    m_unmatchedMessage->showMessage(InlineMessage::Severity::Info, sentence);
    emit statusMessageRequested(sentence);
    return true;
}

bool PaymentsWidget::dismissWithDialog()
{
    const UnmatchedEraClaim *u = currentUnmatched();
    if (!u)
        return false;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("dismissReasonDialog"));
    dialog.setWindowTitle(tr("Not our claim"));
    dialog.setLabelText(tr("Why is %1 not ours? (required)").arg(u->patientControlNumber));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return dismissCurrent(dialog.textValue());
}

bool PaymentsWidget::dismissCurrent(const QString &reason)
{
    const UnmatchedEraClaim *u = currentUnmatched();
    if (!u)
        return false;
    const UnmatchedEraClaim unmatched = *u;
    if (reason.trimmed().isEmpty()) {
        m_unmatchedMessage->showMessage(InlineMessage::Severity::Warning,
                                        tr("Say why %1 is not ours: the reason is kept with it.")
                                                .arg(unmatched.patientControlNumber));
        return false;
    }
    auto result = m_posting.dismissUnmatched(m_session, unmatched.id, unmatched.version,
                                             reason.trimmed(), QDateTime::currentDateTimeUtc());
    if (!result) {
        if (result.error().kind == Error::Kind::Conflict) {
            Error error = result.error();
            error.userMessage = tr("Another biller matched or dismissed %1 first: nothing was "
                                   "changed, and the list was read again.")
                                        .arg(unmatched.patientControlNumber);
            error.detail = result.error().userMessage + QLatin1Char('\n') + result.error().detail;
            reload();
            m_unmatchedMessage->showError(tr("Not our claim"), error);
        } else {
            m_unmatchedMessage->showError(tr("Not our claim"), result.error());
        }
        return false;
    }
    const QString sentence = tr("%1 was marked not ours: %2")
                                     .arg(unmatched.patientControlNumber, reason.trimmed());
    reload();
    m_unmatchedMessage->showMessage(InlineMessage::Severity::Info, sentence);
    emit statusMessageRequested(sentence);
    return true;
}

void PaymentsWidget::focusFilter()
{
    switch (currentPage()) {
    case Page::Era:
        m_remittanceFilter->setFocus(Qt::ShortcutFocusReason);
        m_remittanceFilter->selectAll();
        break;
    case Page::Unmatched:
        m_unmatchedFilter->setFocus(Qt::ShortcutFocusReason);
        m_unmatchedFilter->selectAll();
        break;
    case Page::PaperEob:
        break;
    }
}

void PaymentsWidget::retranslateTabs()
{
    m_tabs->setTabText(int(Page::Era), tr("&ERA"));
    m_tabs->setTabToolTip(int(Page::Era), tr("Open an 835, check what it will post, post it; "
                                             "the payments posted"));
    m_tabs->setTabText(int(Page::Unmatched),
                       tr("&Unmatched ERA (%1)").arg(m_unmatchedModel->rowCount()));
    m_tabs->setTabToolTip(int(Page::Unmatched),
                          tr("ERA claims that matched no claim of ours, to match by hand"));
    m_tabs->setTabText(int(Page::PaperEob), tr("&Paper EOB"));
    m_tabs->setTabToolTip(int(Page::PaperEob), tr("Post a check from a payer without ERA"));
}

void PaymentsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateTabs();
    QWidget::changeEvent(event);
}

} // namespace cc
