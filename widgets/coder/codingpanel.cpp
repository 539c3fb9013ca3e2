// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingpanel.h"
#include "common/codesearchbox.h"
#include "common/errorbox.h"
#include "domain/money.h"
#include "querycomposerdialog.h"
#include "services/codesetservice.h"
#include "services/codingservice.h"
#include "services/handoffservice.h"
#include "services/queryservice.h"
#include "services/templateservice.h"

#include <QAbstractItemView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTime>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
enum LineColumn { ColCode, ColModifiers, ColUnits, ColPointers, ColCharge, ColCount };

QString letter(int position)
{
    return QString(QChar(u'A' + position - 1));
}

QList<int> parsePointers(const QString &text)
{
    QList<int> out;
    for (const QChar c : text.toUpper()) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('L'))
            out.append(c.unicode() - u'A' + 1);
    }
    return out;
}

QString pointersText(const QList<int> &pointers)
{
    QStringList parts;
    for (int p : pointers)
        parts.append(letter(p));
    return parts.join(QLatin1Char(','));
}
} // namespace

CodingPanel::CodingPanel(const Session &session, CodingService &coding, CodeSetService &codes,
                         QueryService &queries, TemplateService &templates,
                         HandoffService &handoff, QWidget *parent)
    : QWidget(parent), m_session(session), m_coding(coding), m_codes(codes), m_queries(queries),
      m_templates(templates), m_handoff(handoff)
{
    setObjectName(QStringLiteral("codingPanel"));
    buildUi();
}

void CodingPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Queue"));
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Back to the queue, keeping your place (Alt+Left)"));
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("codingHeader"));
    m_header->setTextFormat(Qt::RichText);
    top->addWidget(back);
    top->addWidget(m_header, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal);
    // Left: the documentation.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_note = new QTextBrowser;
    m_note->setObjectName(QStringLiteral("codingNote"));
    m_note->setAccessibleName(tr("Clinical note"));
    m_note->setToolTip(tr("Select words of the note to quote them in a query"));
    m_queriesView = new QTextBrowser;
    m_queriesView->setObjectName(QStringLiteral("queriesView"));
    m_queriesView->setAccessibleName(tr("Queries and answers"));
    m_queriesView->setMaximumHeight(170);
    leftLayout->addWidget(m_note, 3);
    leftLayout->addWidget(new QLabel(tr("Queries to the provider")));
    leftLayout->addWidget(m_queriesView, 1);
    split->addWidget(left);

    // Right: the codes.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *dxBox = new QGroupBox(tr("&Diagnoses (ICD-10-CM) — A is the principal"));
    auto *dxLayout = new QVBoxLayout(dxBox);
    m_dxSearch = new CodeSearchBox(m_codes, kDiagnosisKinds);
    m_dxSearch->setObjectName(QStringLiteral("dxSearch"));
    m_dxSearch->setPlaceholderText(tr("Search diagnoses: code or words (Ctrl+K)"));
    m_dxList = new QListWidget;
    m_dxList->setObjectName(QStringLiteral("dxList"));
    m_dxList->setAccessibleName(tr("Diagnoses, in order"));
    m_dxList->setToolTip(tr("Ctrl+Up / Ctrl+Down reorder, Delete removes; drag to reorder"));
    m_dxList->setDragDropMode(QAbstractItemView::InternalMove);
    m_dxList->setMaximumHeight(150);
    dxLayout->addWidget(m_dxSearch);
    dxLayout->addWidget(m_dxList);
    rightLayout->addWidget(dxBox);

    auto *svcBox = new QGroupBox(tr("Ser&vices (CPT / HCPCS)"));
    auto *svcLayout = new QVBoxLayout(svcBox);
    m_svcSearch = new CodeSearchBox(m_codes, kProcedureKinds);
    m_svcSearch->setObjectName(QStringLiteral("svcSearch"));
    m_svcSearch->setPlaceholderText(tr("Search services: code or words (Ctrl+J)"));
    m_lines = new QTableWidget(0, ColCount);
    m_lines->setObjectName(QStringLiteral("linesTable"));
    m_lines->setAccessibleName(tr("Service lines"));
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Modifiers"), tr("Units"),
                                        tr("Pointers"), tr("Charge")});
    m_lines->horizontalHeaderItem(ColModifiers)->setToolTip(tr("Up to 4, separated by spaces: 25 59"));
    m_lines->horizontalHeaderItem(ColPointers)->setToolTip(tr("Diagnosis letters A–L, up to 4: A,B"));
    m_lines->horizontalHeaderItem(ColCharge)->setToolTip(tr("From the fee schedule for this payer"));
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setMaximumHeight(170);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    svcLayout->addWidget(m_svcSearch);
    svcLayout->addWidget(m_lines);
    rightLayout->addWidget(svcBox);

    auto *checksBox = new QGroupBox(tr("Checks"));
    auto *checksLayout = new QVBoxLayout(checksBox);
    m_checks = new QListWidget;
    m_checks->setObjectName(QStringLiteral("checksList"));
    m_checks->setAccessibleName(tr("Checks of the codes"));
    m_checks->setWordWrap(true);
    m_checks->setMaximumHeight(110);
    checksLayout->addWidget(m_checks);
    rightLayout->addWidget(checksBox);

    auto *listBox = new QGroupBox(tr("C&hecklist"));
    auto *listLayout = new QVBoxLayout(listBox);
    m_checklist = new QListWidget;
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Specialty checklist"));
    m_checklist->setToolTip(tr("Space ticks the current item; items marked * must be ticked"));
    m_checklist->setWordWrap(true);
    m_checklist->setMaximumHeight(140);
    listLayout->addWidget(m_checklist);
    rightLayout->addWidget(listBox);

    m_coderNote = new QLineEdit;
    m_coderNote->setObjectName(QStringLiteral("coderNoteEdit"));
    m_coderNote->setPlaceholderText(
            tr("Note to the biller (needed to hand off work with an error finding)"));
    m_coderNote->setAccessibleName(tr("Note to the biller"));
    rightLayout->addWidget(m_coderNote);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("codingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Cop&y from last visit"));
    copy->setObjectName(QStringLiteral("copyLastButton"));
    auto *query = new QPushButton(tr("Send &query…"));
    query->setObjectName(QStringLiteral("queryButton"));
    query->setToolTip(tr("Ask the provider a compliant question about the note (Ctrl+Q)"));
    auto *save = new QPushButton(tr("&Save draft"));
    save->setObjectName(QStringLiteral("saveButton"));
    save->setToolTip(tr("Save the coding as it is (Ctrl+S)"));
    auto *coded = new QPushButton(tr("&Mark coded"));
    coded->setObjectName(QStringLiteral("markCodedButton"));
    coded->setToolTip(tr("Run the edits; clean work goes straight to billing (Ctrl+Enter)"));
    m_handOffButton = new QPushButton(tr("&Hand off to billing"));
    m_handOffButton->setObjectName(QStringLiteral("handOffButton"));
    m_handOffButton->setToolTip(tr("Send the coded encounter to the biller with your note and "
                                   "the findings (Ctrl+Shift+Enter)"));
    m_handOffButton->setEnabled(false);
    buttons->addWidget(copy);
    buttons->addWidget(query);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(coded);
    buttons->addWidget(m_handOffButton);
    rightLayout->addLayout(buttons);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(back, &QPushButton::clicked, this, &CodingPanel::backRequested);
    connect(copy, &QPushButton::clicked, this, &CodingPanel::copyFromLastVisit);
    connect(query, &QPushButton::clicked, this, &CodingPanel::sendQuery);
    connect(save, &QPushButton::clicked, this, &CodingPanel::saveDraft);
    connect(coded, &QPushButton::clicked, this, &CodingPanel::markCoded);
    connect(m_handOffButton, &QPushButton::clicked, this, &CodingPanel::handOff);
    connect(m_dxSearch, &CodeSearchBox::codeChosen, this, &CodingPanel::addDiagnosis);
    connect(m_svcSearch, &CodeSearchBox::codeChosen, this, &CodingPanel::addService);
    connect(m_dxSearch, &CodeSearchBox::removeLastRequested, this, [this] {
        if (m_dxList->count() > 0) {
            delete m_dxList->takeItem(m_dxList->count() - 1);
            renumberDiagnoses();
        }
    });
    connect(m_svcSearch, &CodeSearchBox::removeLastRequested, this, [this] {
        if (m_lines->rowCount() > 0) {
            m_lines->removeRow(m_lines->rowCount() - 1);
            recheck();
        }
    });
    connect(m_dxList->model(), &QAbstractItemModel::rowsMoved, this,
            &CodingPanel::renumberDiagnoses);
    connect(m_lines, &QTableWidget::cellChanged, this, &CodingPanel::lineEdited);
    connect(m_checklist, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            recheck();
    });
    m_dxList->installEventFilter(this);
    m_lines->installEventFilter(this);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { saveDraft(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { markCoded(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { markCoded(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { handOff(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter), [this] { handOff(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { sendQuery(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { emit backRequested(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_dxSearch->lineEdit()->setFocus(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_J), [this] { m_svcSearch->lineEdit()->setFocus(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveDiagnosis(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveDiagnosis(1); });

    setTabOrder(m_dxSearch->lineEdit(), m_dxList);
    setTabOrder(m_dxList, m_svcSearch->lineEdit());
    setTabOrder(m_svcSearch->lineEdit(), m_lines);
    setTabOrder(m_lines, m_checklist);
    setTabOrder(m_checklist, m_coderNote);
}

bool CodingPanel::openEncounter(qint64 encounterId)
{
    auto detail = m_coding.open(m_session, encounterId);
    if (!detail) {
        ui::showError(this, tr("Coding"), detail.error());
        return false;
    }
    m_detail = detail.value();
    m_unitFee.clear();
    const QDate dos = m_detail.summary.dateOfService;
    m_dxSearch->setDate(dos);
    m_svcSearch->setDate(dos);
    showNote();

    m_loading = true;
    m_checklist->clear();
    auto checklist = m_templates.checklist(m_detail.providerSpecialty);
    if (checklist && checklist.value()) {
        for (const ChecklistItem &item : checklist.value()->items) {
            auto *i = new QListWidgetItem(item.required ? item.text + QStringLiteral(" *")
                                                        : item.text,
                                          m_checklist);
            i->setData(kKeyRole, item.key);
            i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            i->setCheckState(m_detail.checkedItems.contains(item.key) ? Qt::Checked
                                                                      : Qt::Unchecked);
            i->setToolTip(checklist.value()->source);
        }
    }
    CodingDraft d;
    d.diagnoses = m_detail.diagnoses;
    d.services = m_detail.services;
    d.coderNote = m_detail.coderNote;
    m_loading = false;
    setDraft(d);
    m_message->clear();
    if (m_detail.summary.state == EncounterState::Coded)
        showStoredFindings();
    if (m_detail.summary.state == EncounterState::Returned)
        m_message->setText(tr("Returned by the biller: %1").arg(m_detail.summary.returnReason));
    updateActions();
    m_dxSearch->lineEdit()->setFocus();
    return true;
}

void CodingPanel::showNote()
{
    const EncounterSummary &s = m_detail.summary;
    const QLocale locale;
    m_header->setText(tr("<b>%1</b> (%2) · %3 · %4 · %5 · <i>%6</i>")
                              .arg(s.patientName.toHtmlEscaped(), s.mrn.toHtmlEscaped(),
                                   locale.toString(s.dateOfService, QLocale::ShortFormat),
                                   s.providerName.toHtmlEscaped(),
                                   s.payerName.isEmpty() ? tr("no coverage")
                                                         : s.payerName.toHtmlEscaped(),
                                   encounterstate::displayName(s.state)));
    QString note = m_detail.clinicalNote;
    if (!m_detail.addendum.isEmpty())
        note += QStringLiteral("\n\n") + m_detail.addendum;
    m_note->setPlainText(note);

    QString html;
    auto queries = m_queries.queriesFor(m_session, m_detail.summary.id);
    if (queries) {
        for (const DocumentationQuery &q : queries.value()) {
            html += tr("<p><b>Q</b> (%1, %2): %3</p>")
                            .arg(q.coderName.toHtmlEscaped(),
                                 locale.toString(q.sentAt.toLocalTime(), QLocale::ShortFormat),
                                 q.question.toHtmlEscaped());
            if (q.isAnswered())
                html += tr("<p style='color:#1b5e20'><b>Answer</b> (%1, %2): %3</p>")
                                .arg(q.answeredByName.toHtmlEscaped(),
                                     locale.toString(q.answeredAt->toLocalTime(),
                                                     QLocale::ShortFormat),
                                     q.answer.toHtmlEscaped());
            else
                html += tr("<p><i>Waiting for the provider's answer.</i></p>");
        }
    }
    if (html.isEmpty())
        html = tr("<p><i>No queries on this encounter.</i></p>");
    m_queriesView->setHtml(html);
}

CodingDraft CodingPanel::draft() const
{
    CodingDraft d;
    for (int i = 0; i < m_dxList->count(); ++i)
        d.diagnoses.append({i + 1, m_dxList->item(i)->data(kCodeRole).toString()});
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        ServiceLineEntry l;
        l.lineNo = r + 1;
        auto text = [&](int c) { return m_lines->item(r, c) ? m_lines->item(r, c)->text() : QString(); };
        l.code = normalizedCode(text(ColCode));
        l.modifiers = text(ColModifiers).toUpper().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                         Qt::SkipEmptyParts);
        l.units = text(ColUnits).toInt();
        l.pointers = parsePointers(text(ColPointers));
        l.chargeCents = Money::parse(text(ColCharge)).value_or(Money::fromCents(-1)).cents();
        l.serviceDate = m_detail.summary.dateOfService;
        d.services.append(l);
    }
    d.coderNote = m_coderNote->text();
    for (int i = 0; i < m_checklist->count(); ++i) {
        if (m_checklist->item(i)->checkState() == Qt::Checked)
            d.checkedItems.append(m_checklist->item(i)->data(kKeyRole).toString());
    }
    return d;
}

void CodingPanel::setDraft(const CodingDraft &d)
{
    m_loading = true;
    m_dxList->clear();
    for (const DiagnosisEntry &dx : d.diagnoses) {
        auto *item = new QListWidgetItem(m_dxList);
        item->setData(kCodeRole, dx.code);
    }
    m_lines->setRowCount(0);
    for (const ServiceLineEntry &l : d.services) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        setLineRow(row, l);
        if (l.units > 0 && l.chargeCents >= 0)
            m_unitFee.insert(l.code, l.chargeCents / l.units);
    }
    m_coderNote->setText(d.coderNote);
    m_loading = false;
    renumberDiagnoses();
}

void CodingPanel::setLineRow(int row, const ServiceLineEntry &l)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    auto set = [&](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column == ColCode)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(row, column, item);
    };
    set(ColCode, l.code);
    set(ColModifiers, l.modifiers.join(QLatin1Char(' ')));
    set(ColUnits, QString::number(l.units));
    set(ColPointers, pointersText(l.pointers));
    set(ColCharge, Money::fromCents(l.chargeCents).toDecimalString());
    m_loading = wasLoading;
}

void CodingPanel::addDiagnosis(const CodeEntry &entry)
{
    for (int i = 0; i < m_dxList->count(); ++i) {
        if (m_dxList->item(i)->data(kCodeRole).toString() == entry.code) {
            m_message->setText(tr("%1 is already diagnosis %2.")
                                       .arg(entry.displayCode(), letter(i + 1)));
            return;
        }
    }
    if (m_dxList->count() >= CodingService::kMaxDiagnoses) {
        m_message->setText(tr("A claim holds at most 12 diagnoses."));
        return;
    }
    auto *item = new QListWidgetItem(m_dxList);
    item->setData(kCodeRole, entry.code);
    // The first diagnosis supports every line that still points to none.
    if (m_dxList->count() == 1) {
        for (int r = 0; r < m_lines->rowCount(); ++r) {
            if (m_lines->item(r, ColPointers) && m_lines->item(r, ColPointers)->text().isEmpty())
                m_lines->item(r, ColPointers)->setText(QStringLiteral("A"));
        }
    }
    renumberDiagnoses();
}

void CodingPanel::addService(const CodeEntry &entry)
{
    ServiceLineEntry l;
    l.code = entry.code;
    l.units = 1;
    if (m_dxList->count() > 0)
        l.pointers = {1};
    auto fee = m_coding.chargeFor(entry.code, m_detail.summary.payerId,
                                  m_detail.summary.dateOfService);
    l.chargeCents = fee ? fee.value() : 0;
    m_unitFee.insert(entry.code, l.chargeCents);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    setLineRow(row, l);
    recheck();
}

void CodingPanel::lineEdited(int row, int column)
{
    if (m_loading)
        return;
    if (column == ColUnits) {
        // The charge follows the units at the fee schedule's unit price.
        const QString code = m_lines->item(row, ColCode)->text();
        const int units = m_lines->item(row, ColUnits)->text().toInt();
        if (units > 0 && m_unitFee.contains(code)) {
            m_loading = true;
            m_lines->item(row, ColCharge)
                    ->setText(Money::fromCents(m_unitFee.value(code) * units).toDecimalString());
            m_loading = false;
        }
    }
    recheck();
}

void CodingPanel::moveDiagnosis(int delta)
{
    const int row = m_dxList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_dxList->count())
        return;
    QListWidgetItem *item = m_dxList->takeItem(row);
    m_dxList->insertItem(target, item);
    m_dxList->setCurrentRow(target);
    renumberDiagnoses();
}

void CodingPanel::removeDiagnosis()
{
    const int row = m_dxList->currentRow();
    if (row < 0)
        return;
    delete m_dxList->takeItem(row);
    renumberDiagnoses();
}

void CodingPanel::removeServiceLine()
{
    const int row = m_lines->currentRow();
    if (row < 0)
        return;
    m_lines->removeRow(row);
    recheck();
}

void CodingPanel::renumberDiagnoses()
{
    recheck();
}

void CodingPanel::recheck()
{
    if (m_loading)
        return;
    const QDate dos = m_detail.summary.dateOfService;
    const QString note = m_detail.clinicalNote + QLatin1Char('\n') + m_detail.addendum;
    m_checks->clear();
    auto addFinding = [this](CodeCheck::Severity severity, const QString &text) {
        auto *item = new QListWidgetItem(m_checks);
        const bool error = severity == CodeCheck::Severity::Error;
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        //: Prefix of a check message, so that severity is not told by colour alone.
        item->setText((error ? tr("Error: %1") : tr("Warning: %1")).arg(text));
        item->setData(Qt::UserRole, error ? QStringLiteral("error") : QStringLiteral("warning"));
    };
    for (int i = 0; i < m_dxList->count(); ++i) {
        QListWidgetItem *item = m_dxList->item(i);
        const QString code = item->data(kCodeRole).toString();
        auto check = m_coding.checkDiagnosis(code, dos, note);
        QString title;
        if (check && check->entry)
            title = check->entry->description();
        const QString shown = check && check->entry ? check->entry->displayCode() : code;
        item->setText(QStringLiteral("%1.  %2  %3").arg(letter(i + 1), shown, title));
        item->setIcon(QIcon());
        item->setToolTip(title);
        if (!check) {
            addFinding(CodeCheck::Severity::Error, check.error().userMessage);
        } else if (check->severity != CodeCheck::Severity::Ok) {
            item->setIcon(style()->standardIcon(check->severity == CodeCheck::Severity::Error
                                                        ? QStyle::SP_MessageBoxCritical
                                                        : QStyle::SP_MessageBoxWarning));
            item->setToolTip(check->message);
            addFinding(check->severity, QStringLiteral("%1: %2").arg(letter(i + 1), check->message));
        }
    }
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const QString code = m_lines->item(r, ColCode) ? m_lines->item(r, ColCode)->text() : QString();
        auto check = m_coding.checkService(code, dos);
        if (check && check->severity != CodeCheck::Severity::Ok)
            addFinding(check->severity, tr("Line %1: %2").arg(r + 1).arg(check->message));
        if (check && check->entry && m_lines->item(r, ColCode))
            m_lines->item(r, ColCode)->setToolTip(check->entry->description());
        if (m_lines->item(r, ColPointers) && m_lines->item(r, ColPointers)->text().trimmed().isEmpty())
            addFinding(CodeCheck::Severity::Warning,
                       tr("Line %1 (%2) points to no diagnosis yet: point it to the diagnosis that "
                          "supports it.")
                               .arg(r + 1)
                               .arg(code));
    }
    // The scrubber's coding edits (medical necessity, demographics, modifier 25) beside the
    // code checks; code validity was reported above already.
    if (auto edits = m_coding.editFindings(m_detail, draft())) {
        for (const Finding &f : edits.value()) {
            if (f.rule == QLatin1String("code-invalid") || f.rule == QLatin1String("code-not-billable")
                || f.rule == QLatin1String("unspecified-code"))
                continue;
            const QString where = f.line > 0 ? tr("Line %1: ").arg(f.line) : QString();
            auto *item = new QListWidgetItem(m_checks);
            const bool error = f.isError();
            item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                      : QStyle::SP_MessageBoxWarning));
            item->setText((error ? tr("Error: %1") : tr("Warning: %1"))
                                  .arg(where + f.message + QLatin1Char(' ') + f.fix));
            item->setToolTip(tr("Rule %1 · source: %2").arg(f.rule, f.source));
            item->setData(Qt::UserRole, error ? QStringLiteral("error") : QStringLiteral("warning"));
            item->setData(Qt::UserRole + 1, f.rule);
        }
    }
    const QStringList problems = CodingService::structuralProblems(draft());
    for (const QString &p : problems)
        addFinding(CodeCheck::Severity::Error, p);
    if (m_checks->count() == 0) {
        auto *ok = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                       tr("No problem found in the codes so far."), m_checks);
        ok->setData(Qt::UserRole, QStringLiteral("ok"));
    }
}

bool CodingPanel::saveDraft()
{
    auto saved = m_coding.saveDraft(m_session, m_detail.summary.id, m_detail.version, draft());
    if (!saved) {
        m_message->setText(saved.error().userMessage);
        if (saved.error().kind != Error::Kind::Invalid)
            ui::showError(this, tr("Save draft"), saved.error());
        return false;
    }
    m_detail.version = saved.value();
    m_detail.summary.state = EncounterState::Coding;
    m_message->setText(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(),
                                                                       QLocale::ShortFormat)));
    showNote();
    emit encounterChanged(m_detail.summary.id);
    return true;
}

bool CodingPanel::markCoded()
{
    auto coded = m_coding.markCoded(m_session, m_detail.summary.id, m_detail.version, draft());
    if (!coded) {
        m_message->setText(coded.error().userMessage);
        if (coded.error().kind != Error::Kind::Invalid)
            ui::showError(this, tr("Mark coded"), coded.error());
        return false;
    }
    m_detail.version = coded.value();
    m_detail.summary.state = EncounterState::Coded;
    emit encounterChanged(m_detail.summary.id);
    const int found = showStoredFindings();
    if (found < 0)
        return true;
    if (found == 0) {
        // Clean work goes on to billing in the same step.
        if (handOff())
            return true;
        updateActions();
        return true;
    }
    updateActions();
    m_message->setText(tr("Marked coded. The scrubber found %n thing(s) to look at, listed "
                          "under Checks: fix the codes and mark coded again, or hand off with "
                          "a note (Ctrl+Shift+Enter).",
                          nullptr, found));
    return true;
}

int CodingPanel::showStoredFindings()
{
    auto stored = m_handoff.findings(m_session, m_detail.summary.id);
    if (!stored) {
        ui::showError(this, tr("Findings"), stored.error());
        return -1;
    }
    m_checks->clear();
    for (const StoredFinding &s : stored.value()) {
        const Finding &f = s.finding;
        const bool error = f.isError();
        const QString where = f.line > 0 ? tr("Line %1: ").arg(f.line) : QString();
        auto *item = new QListWidgetItem(m_checks);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        item->setText((error ? tr("Error: %1") : tr("Warning: %1"))
                              .arg(where + f.message + QLatin1Char(' ') + f.fix));
        item->setToolTip(tr("Rule %1 · source: %2").arg(f.rule, f.source));
        item->setData(Qt::UserRole, error ? QStringLiteral("error") : QStringLiteral("warning"));
        item->setData(Qt::UserRole + 1, f.rule);
    }
    if (stored->isEmpty()) {
        auto *ok = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                       tr("The scrubber found nothing: the claim is clean."),
                                       m_checks);
        ok->setData(Qt::UserRole, QStringLiteral("ok"));
    }
    return int(stored->size());
}

bool CodingPanel::handOff()
{
    if (m_detail.summary.state != EncounterState::Coded) {
        m_message->setText(tr("Mark the encounter coded first (Ctrl+Enter): the edits run "
                              "then."));
        return false;
    }
    auto handed = m_handoff.handOff(m_session, m_detail.summary.id, m_detail.version,
                                    m_coderNote->text());
    if (!handed) {
        m_message->setText(handed.error().userMessage);
        if (handed.error().kind != Error::Kind::Invalid)
            ui::showError(this, tr("Hand off"), handed.error());
        else
            m_coderNote->setFocus();
        return false;
    }
    m_detail.version = handed.value();
    m_detail.summary.state = EncounterState::HandedOff;
    updateActions();
    m_message->setText(tr("Handed off to billing."));
    emit encounterChanged(m_detail.summary.id);
    emit backRequested();
    return true;
}

void CodingPanel::updateActions()
{
    m_handOffButton->setEnabled(m_detail.summary.state == EncounterState::Coded);
}

void CodingPanel::sendQuery()
{
    // Whatever the coder selected in the note is the part the query quotes.
    const QString quote = m_note->textCursor().selectedText().replace(QChar::ParagraphSeparator,
                                                                      QLatin1Char('\n'));
    // Keep the coding done so far: the query must not lose it.
    if (!m_detail.diagnoses.isEmpty() || m_dxList->count() > 0 || m_lines->rowCount() > 0) {
        if (!saveDraft())
            return;
    }
    QueryComposerDialog dialog(m_session, m_queries, m_templates, m_detail, quote, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Query sent to %1; the encounter waits for the answer.")
                               .arg(m_detail.summary.providerName));
    emit encounterChanged(m_detail.summary.id);
    emit backRequested();
}

void CodingPanel::copyFromLastVisit()
{
    auto copied = m_coding.copyFromLastVisit(m_session, m_detail.summary.id);
    if (!copied) {
        m_message->setText(copied.error().userMessage);
        return;
    }
    CodingDraft d = copied.value();
    d.coderNote = m_coderNote->text();
    setDraft(d);
    m_message->setText(tr("Copied %n diagnosis(es) and the service lines of the last visit: "
                          "check them against today's note.",
                          nullptr, int(d.diagnoses.size())));
}

bool CodingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            if (watched == m_dxList) {
                removeDiagnosis();
                return true;
            }
            if (watched == m_lines) { // while a cell is edited, its editor gets the keys
                removeServiceLine();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc
