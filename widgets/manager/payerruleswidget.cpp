// SPDX-License-Identifier: GPL-3.0-or-later
#include "payerruleswidget.h"
#include "common/errorbox.h"
#include "common/inlinemessage.h"
#include "services/payerruleservice.h"
#include "services/practiceservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

namespace {

QString kTitle()
{
    return PayerRulesWidget::tr("Payer rules");
}

/// Codes and modifiers are typed separated by spaces, commas or semicolons.
QStringList splitEntries(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

/// True when @p a and @p b say the same thing (ids and versions aside).
bool sameRule(const PayerRule &a, const PayerRule &b)
{
    return a.name == b.name && a.payerId == b.payerId && a.codes == b.codes
        && a.modifiersPresent == b.modifiersPresent && a.modifiersAbsent == b.modifiersAbsent
        && a.placeOfService == b.placeOfService && a.minAge == b.minAge && a.maxAge == b.maxAge
        && a.sex == b.sex && a.action == b.action && a.severity == b.severity
        && a.message == b.message && a.fix == b.fix && a.active == b.active;
}

/// The conditions besides payer and codes, short enough for a table cell.
QString whenSummary(const PayerRule &r)
{
    QStringList parts;
    if (!r.modifiersPresent.isEmpty())
        parts.append(
            PayerRulesWidget::tr("with %1").arg(r.modifiersPresent.join(QLatin1Char('/'))));
    if (!r.modifiersAbsent.isEmpty())
        parts.append(
            PayerRulesWidget::tr("without %1").arg(r.modifiersAbsent.join(QLatin1Char('/'))));
    if (!r.placeOfService.isEmpty())
        parts.append(PayerRulesWidget::tr("POS %1").arg(r.placeOfService));
    if (r.minAge >= 0 && r.maxAge >= 0)
        parts.append(PayerRulesWidget::tr("age %1–%2").arg(r.minAge).arg(r.maxAge));
    else if (r.minAge >= 0)
        parts.append(PayerRulesWidget::tr("age %1+").arg(r.minAge));
    else if (r.maxAge >= 0)
        parts.append(PayerRulesWidget::tr("age ≤ %1").arg(r.maxAge));
    if (r.sex == QLatin1String("F"))
        parts.append(PayerRulesWidget::tr("female"));
    else if (r.sex == QLatin1String("M"))
        parts.append(PayerRulesWidget::tr("male"));
    return parts.isEmpty() ? PayerRulesWidget::tr("Always") : parts.join(QStringLiteral(" · "));
}

QString actionLabel(const PayerRule &r)
{
    const bool error = r.severity == Finding::Severity::Error;
    if (r.action == PayerRule::Action::Authorization)
        return error ? PayerRulesWidget::tr("Prior auth (error)")
                     : PayerRulesWidget::tr("Prior auth (warning)");
    return error ? PayerRulesWidget::tr("Error") : PayerRulesWidget::tr("Warning");
}

} // namespace

PayerRulesWidget::PayerRulesWidget(
    const Session &session, PayerRuleService &rules, PracticeService &practice, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_rules(rules)
    , m_practice(practice)
    , m_canWrite(session.can(Permission::ManagePayerRules))
{
    setObjectName(QStringLiteral("payerRules"));
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Payer"), tr("Codes"), tr("When"), tr("Action"), tr("Active")});
    const QStringList tips = {
        tr("The rule's name; a file of rules replaces the rule of the same name"),
        tr("The payer whose claims the rule checks; “Any payer” checks every claim"),
        tr("The service codes the rule is about: codes, prefixes (992*) and ranges "
           "(97110-97140); empty for every code"),
        tr("The other conditions: modifiers the line carries or not, place of service, the "
           "patient's age and sex"),
        tr("What the scrubber does when the rule applies: a finding of this severity, or a "
           "check that a prior authorization is on file"),
        tr("Inactive rules are kept but not checked"),
    };
    for (int c = 0; c < ColumnCount; ++c)
        m_model->horizontalHeaderItem(c)->setToolTip(tips.at(c));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    fillPayers();
    loadRule(PayerRule());
    reload();
    // Another window (or an import) changed the rules: show them, keeping unsaved edits.
    connect(&m_rules, &PayerRuleService::changed, this, [this] {
        if (!m_selfWrite)
            reload();
    });
}

QWidget *PayerRulesWidget::withProblems(QWidget *field, const QStringList &keys)
{
    // The field, with the sentences of its problems right below it (hidden while none).
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (const QString &key : keys) {
        auto *label = new QLabel;
        label->setObjectName(key + QStringLiteral("Problem"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QPalette p = label->palette();
        p.setColor(
            QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        label->setPalette(p);
        label->hide();
        column->addWidget(label);
        m_problems.insert(key, label);
    }
    return box;
}

void PayerRulesWidget::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("payerRulesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    // ---- Left: filter, list (or why it is empty), file buttons. ----
    auto *left = new QWidget;
    auto *listColumn = new QVBoxLayout(left);
    listColumn->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("ruleFilter"));
    m_filter->setAccessibleName(tr("Filter the payer rules"));
    m_filter->setPlaceholderText(tr("Filter by name, payer, code… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("ruleCount"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    listColumn->addLayout(bar);

    m_listStack = new QStackedWidget;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ruleTable"));
    m_table->setAccessibleName(tr("Payer rules"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name keeps a readable width; the conditions take the room left (the whole rule is
    // in every cell's tooltip).
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header->resizeSection(NameColumn, 15 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    header->setSectionResizeMode(WhenColumn, QHeaderView::Stretch);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("ruleEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    listColumn->addWidget(m_listStack, 1);

    m_listFeedback = new InlineMessage;
    m_listFeedback->setObjectName(QStringLiteral("ruleListFeedback"));
    listColumn->addWidget(m_listFeedback);

    auto *fileButtons = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export…"));
    m_export->setObjectName(QStringLiteral("exportRulesButton"));
    m_export->setToolTip(tr("Write every rule to a file, to keep or to load into another "
                            "practice (Alt+E)"));
    m_import = new QPushButton(tr("&Import…"));
    m_import->setObjectName(QStringLiteral("importRulesButton"));
    m_import->setToolTip(tr("Load the rules of a file: a rule of the same name is replaced, the "
                            "others are added; a file with a problem changes nothing (Alt+I)"));
    fileButtons->addWidget(m_export);
    fileButtons->addWidget(m_import);
    fileButtons->addStretch(1);
    listColumn->addLayout(fileButtons);
    m_splitter->addWidget(left);

    // ---- Right: the form, its sentence, its messages and buttons. ----
    auto *right = new QWidget;
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("ruleTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    rightColumn->addWidget(m_title);

    auto *formHost = new QWidget;
    auto *formColumn = new QVBoxLayout(formHost);
    formColumn->setContentsMargins(0, 0, 6, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    formColumn->addLayout(form);
    formColumn->addStretch(1); // extra height below the fields, never inside a row
    auto addRow = [&](const QString &label, QWidget *buddy, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(buddy);
        form->addRow(l, field);
    };

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setPlaceholderText(tr("Summit: knee MRI needs an authorization"));
    m_name->setToolTip(tr("A name of its own: files of rules match rules by name"));
    addRow(tr("&Name:"), m_name, withProblems(m_name, {QStringLiteral("name")}));

    m_payer = new QComboBox;
    m_payer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_payer->setMinimumContentsLength(22);
    m_payer->setObjectName(QStringLiteral("rulePayer"));
    m_payer->setAccessibleName(tr("Payer"));
    m_payer->setToolTip(tr("The payer whose claims the rule checks"));
    addRow(tr("P&ayer:"), m_payer, withProblems(m_payer, {QStringLiteral("payer")}));

    m_codes = new QLineEdit;
    m_codes->setObjectName(QStringLiteral("ruleCodes"));
    m_codes->setAccessibleName(tr("Codes"));
    m_codes->setPlaceholderText(tr("73721  992*  97110-97140 (empty: every code)"));
    m_codes->setToolTip(tr("Codes separated by spaces: a code (73721), a prefix ending in * "
                           "(992*) or a range of codes of the same length (97110-97140). Empty "
                           "matches every code."));
    addRow(tr("&Codes:"), m_codes, withProblems(m_codes, {QStringLiteral("codes")}));

    m_modifiersPresent = new QLineEdit;
    m_modifiersPresent->setObjectName(QStringLiteral("ruleModifiersPresent"));
    m_modifiersPresent->setAccessibleName(tr("Modifiers present"));
    m_modifiersPresent->setPlaceholderText(tr("25 59 (empty: no condition)"));
    m_modifiersPresent->setToolTip(tr("The rule applies only when the line carries at least one "
                                      "of these modifiers"));
    addRow(tr("Modifiers &present:"), m_modifiersPresent,
        withProblems(m_modifiersPresent, {QStringLiteral("modifiersPresent")}));

    m_modifiersAbsent = new QLineEdit;
    m_modifiersAbsent->setObjectName(QStringLiteral("ruleModifiersAbsent"));
    m_modifiersAbsent->setAccessibleName(tr("Modifiers absent"));
    m_modifiersAbsent->setPlaceholderText(tr("25 (empty: no condition)"));
    m_modifiersAbsent->setToolTip(tr("The rule applies only when the line carries none of these "
                                     "modifiers"));
    addRow(tr("Modifiers a&bsent:"), m_modifiersAbsent,
        withProblems(m_modifiersAbsent, {QStringLiteral("modifiersAbsent")}));

    m_placeOfService = new QLineEdit;
    m_placeOfService->setObjectName(QStringLiteral("rulePlaceOfService"));
    m_placeOfService->setAccessibleName(tr("Place of service"));
    m_placeOfService->setPlaceholderText(tr("11 (empty: any)"));
    m_placeOfService->setToolTip(tr("Two digits, such as 11 (office) or 22 (outpatient "
                                    "hospital); empty for any place"));
    m_placeOfService->setMaxLength(2);
    addRow(tr("P&lace of service:"), m_placeOfService,
        withProblems(m_placeOfService, {QStringLiteral("placeOfService")}));

    auto *ages = new QWidget;
    auto *agesRow = new QHBoxLayout(ages);
    agesRow->setContentsMargins(0, 0, 0, 0);
    auto makeAge = [this](const char *name, const QString &accessible, const QString &tip) {
        auto *spin = new QSpinBox;
        spin->setObjectName(QString::fromLatin1(name));
        spin->setAccessibleName(accessible);
        spin->setToolTip(tip);
        spin->setRange(-1, 130);
        spin->setSpecialValueText(tr("Any"));
        spin->setSuffix(tr(" years"));
        spin->setValue(-1);
        return spin;
    };
    m_minAge = makeAge("ruleMinAge", tr("Age from"),
        tr("The youngest age the rule applies to, on the date of service; “Any” "
           "for no lower bound"));
    m_maxAge = makeAge("ruleMaxAge", tr("Age to"),
        tr("The oldest age the rule applies to; “Any” for no upper bound"));
    agesRow->addWidget(m_minAge);
    agesRow->addWidget(new QLabel(tr("to")));
    agesRow->addWidget(m_maxAge);
    agesRow->addStretch(1);
    addRow(tr("A&ge from:"), m_minAge,
        withProblems(ages, {QStringLiteral("minAge"), QStringLiteral("maxAge")}));

    m_sex = new QComboBox;
    m_sex->setObjectName(QStringLiteral("ruleSex"));
    m_sex->setAccessibleName(tr("Patient's sex"));
    m_sex->addItem(tr("Either"), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    addRow(tr("Se&x:"), m_sex, withProblems(m_sex, {QStringLiteral("sex")}));

    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("ruleAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setToolTip(tr("Raise a finding with the message below, or check that a prior "
                            "authorization for the code is on file for the date of service"));
    m_action->addItem(tr("Raise a finding"), int(PayerRule::Action::Finding));
    m_action->addItem(tr("Require a prior authorization"), int(PayerRule::Action::Authorization));
    addRow(tr("Ac&tion:"), m_action, m_action);

    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->setToolTip(tr("An error holds the claim until it is fixed or a biller overrides "
                              "it with a reason; a warning only informs"));
    m_severity->addItem(tr("Error"), int(Finding::Severity::Error));
    m_severity->addItem(tr("Warning"), int(Finding::Severity::Warning));
    addRow(tr("Severit&y:"), m_severity, m_severity);

    const int lineHeight = fontMetrics().lineSpacing();
    m_message = new QPlainTextEdit;
    m_message->setObjectName(QStringLiteral("ruleMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("What the biller reads: what is wrong and why"));
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(lineHeight * 3 + 12);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addRow(tr("&Message:"), m_message, withProblems(m_message, {QStringLiteral("message")}));

    m_fix = new QPlainTextEdit;
    m_fix->setObjectName(QStringLiteral("ruleFix"));
    m_fix->setAccessibleName(tr("Fix"));
    m_fix->setPlaceholderText(tr("What to do about it (optional)"));
    m_fix->setTabChangesFocus(true);
    m_fix->setFixedHeight(lineHeight * 2 + 12);
    m_fix->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addRow(tr("&Fix:"), m_fix, m_fix);

    m_active = new QCheckBox(tr("Acti&ve: check claims against this rule"));
    m_active->setObjectName(QStringLiteral("ruleActive"));
    m_active->setToolTip(tr("Clear to keep the rule without applying it"));
    form->addRow(QString(), m_active);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("ruleFormScroll"));
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rightColumn->addWidget(scroll, 1);

    auto *previewBox = new QGroupBox(tr("In plain words"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("rulePreview"));
    m_preview->setAccessibleName(tr("The rule in plain words"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The box layouts squeeze a height-for-width label below a stretching scroll area: the
    // label sets its own minimum height instead, whenever its width or text changes.
    QSizePolicy policy = m_preview->sizePolicy();
    policy.setHeightForWidth(false);
    m_preview->setSizePolicy(policy);
    m_preview->installEventFilter(this);
    previewLayout->addWidget(m_preview);
    rightColumn->addWidget(previewBox);

    m_feedback = new InlineMessage;
    m_feedback->setObjectName(QStringLiteral("ruleFeedback"));
    rightColumn->addWidget(m_feedback);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("Ne&w"));
    m_new->setObjectName(QStringLiteral("newRuleButton"));
    m_new->setToolTip(tr("Clear the form to write a new rule (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    m_delete = new QPushButton(tr("&Delete…"));
    m_delete->setObjectName(QStringLiteral("deleteRuleButton"));
    m_delete->setToolTip(tr("Delete this rule, after asking (Del in the list)"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("revertRuleButton"));
    m_revert->setToolTip(tr("Drop the changes in the form and show the rule as saved now"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveRuleButton"));
    m_save->setToolTip(tr("Check and save the rule (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    rightColumn->addLayout(buttons);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    right->setMinimumWidth(28 * em);
    left->setMinimumWidth(24 * em);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 460});

    if (!m_canWrite) {
        for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_payer, m_codes,
                 m_modifiersPresent, m_modifiersAbsent, m_placeOfService, m_minAge, m_maxAge, m_sex,
                 m_action, m_severity, m_active})
            w->setEnabled(false);
        m_message->setReadOnly(true);
        m_fix->setReadOnly(true);
        m_feedback->showMessage(InlineMessage::Severity::Info,
            tr("You may read the payer rules; the office manager or the "
               "administrator changes them."));
    }

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCounts();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PayerRulesWidget::onCurrentRowChanged);
    connect(m_new, &QPushButton::clicked, this, &PayerRulesWidget::newRule);
    connect(m_save, &QPushButton::clicked, this, &PayerRulesWidget::save);
    connect(m_revert, &QPushButton::clicked, this, &PayerRulesWidget::revert);
    connect(m_delete, &QPushButton::clicked, this, &PayerRulesWidget::removeCurrent);
    connect(m_export, &QPushButton::clicked, this, &PayerRulesWidget::exportRules);
    connect(m_import, &QPushButton::clicked, this, &PayerRulesWidget::importRules);

    for (QLineEdit *edit :
        {m_name, m_codes, m_modifiersPresent, m_modifiersAbsent, m_placeOfService})
        connect(edit, &QLineEdit::textChanged, this, &PayerRulesWidget::formEdited);
    for (QComboBox *combo : {m_payer, m_sex, m_action, m_severity})
        connect(combo, &QComboBox::currentIndexChanged, this, &PayerRulesWidget::formEdited);
    for (QSpinBox *spin : {m_minAge, m_maxAge})
        connect(spin, &QSpinBox::valueChanged, this, &PayerRulesWidget::formEdited);
    for (QPlainTextEdit *edit : {m_message, m_fix})
        connect(edit, &QPlainTextEdit::textChanged, this, &PayerRulesWidget::formEdited);
    connect(m_active, &QCheckBox::toggled, this, &PayerRulesWidget::formEdited);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PayerRulesWidget::removeCurrent);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &PayerRulesWidget::reload);
}

void PayerRulesWidget::fillPayers()
{
    m_payer->clear();
    m_payer->addItem(tr("Any payer"), qint64(0));
    auto payers = m_practice.payers();
    if (!payers) {
        ui::showError(this, kTitle(), payers.error());
        return;
    }
    for (const PayerRecord &p : payers.value())
        m_payer->addItem(p.name, p.id);
}

QString PayerRulesWidget::payerLabel(const PayerRule &rule) const
{
    return rule.payerId == 0 ? tr("Any payer") : rule.payerName;
}

// ---- the list ---------------------------------------------------------------------------

void PayerRulesWidget::reload()
{
    auto rules = m_rules.rules(m_session);
    if (!rules) {
        ui::showError(this, kTitle(), rules.error());
        return;
    }
    m_list = std::move(rules).value();
    m_syncing = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const PayerRule &r : std::as_const(m_list)) {
        const QString sentence = PayerRuleService::describe(r);
        const QString codes = r.codes.isEmpty() ? tr("Every code") : r.codes.join(QLatin1Char(' '));
        QList<QStandardItem *> row {
            new QStandardItem(r.name),
            new QStandardItem(payerLabel(r)),
            new QStandardItem(codes),
            new QStandardItem(whenSummary(r)),
            new QStandardItem(actionLabel(r)),
            new QStandardItem(r.active ? tr("Yes") : tr("No")),
        };
        row[NameColumn]->setData(r.name.toLower(), SortRole);
        // "Any payer" sorts before every payer.
        row[PayerColumn]->setData(r.payerId == 0 ? QString() : r.payerName.toLower(), SortRole);
        row[CodesColumn]->setData(r.codes.value(0), SortRole);
        row[WhenColumn]->setData(whenSummary(r), SortRole);
        row[ActionColumn]->setData(actionLabel(r), SortRole);
        row[ActiveColumn]->setData(r.active ? 0 : 1, SortRole);
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(r.id, RuleIdRole);
            item->setToolTip(sentence);
            if (!r.active) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
        m_model->appendRow(row);
    }
    // Keep the rule of the form selected.
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    for (int r = 0; m_loaded.id != 0 && r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, NameColumn);
        if (i.data(RuleIdRole).toLongLong() == m_loaded.id) {
            m_table->setCurrentIndex(i);
            m_table->scrollTo(i);
            break;
        }
    }
    m_syncing = false;

    // The form follows the database unless it holds edits of its own.
    if (m_loaded.id != 0 && !hasUnsavedChanges()) {
        const auto it = std::find_if(m_list.cbegin(), m_list.cend(),
            [this](const PayerRule &r) { return r.id == m_loaded.id; });
        if (it == m_list.cend()) {
            const QString name = m_loaded.name;
            loadRule(PayerRule());
            m_feedback->showMessage(InlineMessage::Severity::Warning,
                tr("The rule “%1” was deleted at another seat.").arg(name));
        } else if (it->version != m_loaded.version) {
            loadRule(*it);
        }
    }
    updateCounts();
    updateButtons();
}

void PayerRulesWidget::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n rule(s)", nullptr, total)
                                    : tr("%1 of %n rule(s)", nullptr, total).arg(shown));
    if (shown > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    if (total == 0) {
        m_empty->setText(m_canWrite ? tr("No payer rules yet, so claims are checked only by the "
                                         "standard edits. Write a rule with the form (Ctrl+N), or "
                                         "load a file of rules (Import…).")
                                    : tr("No payer rules yet, so claims are checked only by the "
                                         "standard edits."));
    } else {
        m_empty->setText(
            tr("No rule matches “%1”. Clear the filter to see all %n rule(s).", nullptr, total)
                .arg(m_filter->text().trimmed()));
    }
    m_listStack->setCurrentWidget(m_empty);
}

void PayerRulesWidget::onCurrentRowChanged()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(RuleIdRole).toLongLong() : 0;
    if (id == 0 || id == m_loaded.id)
        return;
    if (hasUnsavedChanges()) {
        // Ask once this selection change is over: saving rebuilds the list under the view.
        QTimer::singleShot(0, this, [this, id] {
            const qint64 editing = m_loaded.id;
            if (editing != 0) {
                selectRule(editing);
            } else {
                m_syncing = true;
                m_table->clearSelection();
                m_table->setCurrentIndex(QModelIndex());
                m_syncing = false;
            }
            if (confirmLeave())
                selectRule(id);
        });
        return;
    }
    const auto it = std::find_if(
        m_list.cbegin(), m_list.cend(), [id](const PayerRule &r) { return r.id == id; });
    if (it != m_list.cend())
        loadRule(*it);
}

bool PayerRulesWidget::selectRule(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, NameColumn);
        if (i.data(RuleIdRole).toLongLong() == id) {
            m_table->setCurrentIndex(i);
            m_table->scrollTo(i);
            return m_loaded.id == id;
        }
    }
    return false;
}

// ---- the form ---------------------------------------------------------------------------

PayerRule PayerRulesWidget::formRule() const
{
    PayerRule r = m_loaded;
    r.name = m_name->text();
    r.payerId = m_payer->currentData().toLongLong();
    r.payerName = r.payerId == 0 ? QString() : m_payer->currentText();
    r.codes = splitEntries(m_codes->text());
    r.modifiersPresent = splitEntries(m_modifiersPresent->text());
    r.modifiersAbsent = splitEntries(m_modifiersAbsent->text());
    r.placeOfService = m_placeOfService->text();
    r.minAge = m_minAge->value();
    r.maxAge = m_maxAge->value();
    r.sex = m_sex->currentData().toString();
    r.action = static_cast<PayerRule::Action>(m_action->currentData().toInt());
    r.severity = static_cast<Finding::Severity>(m_severity->currentData().toInt());
    r.message = m_message->toPlainText();
    r.fix = m_fix->toPlainText();
    r.active = m_active->isChecked();
    return r;
}

bool PayerRulesWidget::hasUnsavedChanges() const
{
    return !sameRule(
        PayerRuleService::normalized(formRule()), PayerRuleService::normalized(m_loaded));
}

void PayerRulesWidget::loadRule(const PayerRule &rule)
{
    m_loading = true;
    m_name->setText(rule.name);
    int payer = m_payer->findData(rule.payerId);
    if (payer < 0) {
        // A payer no longer active keeps its rules: show it rather than "Any payer".
        m_payer->addItem(tr("%1 (inactive)").arg(rule.payerName), rule.payerId);
        payer = m_payer->count() - 1;
    }
    m_payer->setCurrentIndex(payer);
    m_codes->setText(rule.codes.join(QLatin1Char(' ')));
    m_modifiersPresent->setText(rule.modifiersPresent.join(QLatin1Char(' ')));
    m_modifiersAbsent->setText(rule.modifiersAbsent.join(QLatin1Char(' ')));
    m_placeOfService->setText(rule.placeOfService);
    m_minAge->setValue(rule.minAge);
    m_maxAge->setValue(rule.maxAge);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(rule.sex)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(int(rule.action))));
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(int(rule.severity))));
    m_message->setPlainText(rule.message);
    m_fix->setPlainText(rule.fix);
    m_active->setChecked(rule.active);
    m_loading = false;
    m_loaded = rule;
    m_problemsShown = false;
    clearProblems();
    if (m_canWrite)
        m_feedback->clearMessage();
    formEdited();
}

void PayerRulesWidget::formEdited()
{
    if (m_loading)
        return;
    m_preview->setText(PayerRuleService::describe(PayerRuleService::normalized(formRule())));
    fitPreview();
    // Once a save was refused, the problems follow the typing until they are gone.
    if (m_problemsShown)
        showProblems();
    updateHeader();
    updateButtons();
}

void PayerRulesWidget::fitPreview()
{
    const int width = m_preview->width();
    if (width > 0)
        m_preview->setMinimumHeight(m_preview->heightForWidth(width));
}

bool PayerRulesWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && event->type() == QEvent::Resize)
        fitPreview();
    return QWidget::eventFilter(watched, event);
}

void PayerRulesWidget::showProblems()
{
    clearProblems();
    const auto problems = PayerRuleService::check(PayerRuleService::normalized(formRule()));
    QHash<QString, QStringList> byField;
    for (const PayerRuleService::Problem &p : problems)
        byField[p.field].append(QStringLiteral("✖ ") + p.message);
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel *label = m_problems.value(it.key());
        if (!label)
            continue;
        label->setText(it.value().join(QLatin1Char('\n')));
        label->setAccessibleName(label->text());
        label->show();
    }
    if (problems.isEmpty() && m_feedback->isVisible() && m_problemsShown)
        m_feedback->clearMessage();
}

void PayerRulesWidget::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

void PayerRulesWidget::updateHeader()
{
    const bool dirty = hasUnsavedChanges();
    QString title;
    if (m_loaded.id == 0)
        title = dirty ? tr("New rule (not saved yet)") : tr("New rule");
    else
        title = dirty ? tr("Rule “%1”, with unsaved changes").arg(m_loaded.name)
                      : tr("Rule “%1”").arg(m_loaded.name);
    m_title->setText(title);
}

void PayerRulesWidget::updateButtons()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(m_canWrite);
    m_new->setEnabled(m_canWrite);
    m_revert->setEnabled(m_canWrite && dirty);
    m_delete->setEnabled(m_canWrite && m_loaded.id != 0);
    m_export->setEnabled(m_canWrite);
    m_import->setEnabled(m_canWrite);
}

bool PayerRulesWidget::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_name->text().trimmed();
    QMessageBox box(QMessageBox::Question, kTitle(),
        name.isEmpty() ? tr("The new rule is not saved.")
                       : tr("The rule “%1” has changes that are not saved.").arg(name),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedRuleBox"));
    box.setInformativeText(tr("Save them, discard them, or go back to the form."));
    QPushButton *saveButton = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveChangesButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChangesButton"));
    QPushButton *back = box.addButton(tr("&Back to the form"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("backToFormButton"));
    box.setDefaultButton(saveButton);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == saveButton)
        return save();
    if (box.clickedButton() == discard) {
        loadRule(m_loaded);
        return true;
    }
    return false;
}

// ---- actions ----------------------------------------------------------------------------

void PayerRulesWidget::newRule()
{
    if (!m_canWrite || !confirmLeave())
        return;
    m_syncing = true;
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_syncing = false;
    loadRule(PayerRule());
    m_name->setFocus();
}

bool PayerRulesWidget::save()
{
    if (!m_canWrite)
        return false;
    const PayerRule rule = formRule();
    const auto problems = PayerRuleService::check(PayerRuleService::normalized(rule));
    if (!problems.isEmpty()) {
        m_problemsShown = true;
        showProblems();
        m_feedback->showMessage(InlineMessage::Severity::Error,
            tr("Not saved: %n problem(s), shown beside the fields. Nothing "
               "was written.",
                nullptr, int(problems.size())));
        const QString first = problems.constFirst().field;
        QWidget *focus = first == QLatin1String("name")  ? static_cast<QWidget *>(m_name)
            : first == QLatin1String("codes")            ? m_codes
            : first == QLatin1String("modifiersPresent") ? m_modifiersPresent
            : first == QLatin1String("modifiersAbsent")  ? m_modifiersAbsent
            : first == QLatin1String("placeOfService")   ? m_placeOfService
            : first == QLatin1String("minAge")           ? m_minAge
            : first == QLatin1String("maxAge")           ? m_maxAge
            : first == QLatin1String("sex")              ? m_sex
            : first == QLatin1String("message")          ? static_cast<QWidget *>(m_message)
                                                         : static_cast<QWidget *>(m_name);
        focus->setFocus();
        return false;
    }

    m_selfWrite = true;
    auto saved = m_rules.save(m_session, rule);
    m_selfWrite = false;
    if (!saved) {
        const Error &e = saved.error();
        switch (e.kind) {
        case Error::Kind::Invalid:
            m_feedback->showError(kTitle(), e);
            break;
        case Error::Kind::Conflict: {
            Error shown = e;
            shown.userMessage
                += QLatin1Char(' ') + tr("Your text stays in the form until you press Revert.");
            m_feedback->showError(kTitle(), shown);
            break;
        }
        case Error::Kind::NotFound:
            if (m_loaded.id != 0) {
                // Keep the work: the form now holds a new rule that Save adds.
                m_loaded.id = 0;
                m_loaded.version = 1;
                updateHeader();
                updateButtons();
                m_feedback->showMessage(InlineMessage::Severity::Warning,
                    e.userMessage + QLatin1Char(' ') + tr("The form now holds it as a new rule."));
                break;
            }
            [[fallthrough]];
        default:
            m_feedback->clearMessage();
            ui::showError(this, kTitle(), e);
            break;
        }
        return false;
    }

    const PayerRule &rule2 = saved.value();
    m_loaded = rule2; // select it in the list being rebuilt
    reload();
    loadRule(rule2);
    const QString text = rule2.active
        ? tr("✔ Saved “%1”. Claims scrubbed from now on are checked against it.").arg(rule2.name)
        : tr("✔ Saved “%1”. It is inactive, so claims are not checked against it.").arg(rule2.name);
    m_feedback->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    return true;
}

void PayerRulesWidget::revert()
{
    if (m_loaded.id == 0) {
        loadRule(PayerRule());
        return;
    }
    auto fresh = m_rules.rule(m_session, m_loaded.id);
    if (!fresh) {
        ui::showError(this, kTitle(), fresh.error());
        return;
    }
    if (!fresh.value()) {
        const QString name = m_loaded.name;
        loadRule(PayerRule());
        reload();
        m_feedback->showMessage(InlineMessage::Severity::Warning,
            tr("The rule “%1” was deleted at another seat.").arg(name));
        return;
    }
    const bool theirs = fresh.value()->version != m_loaded.version;
    loadRule(*fresh.value());
    reload();
    if (theirs) {
        m_feedback->showMessage(InlineMessage::Severity::Info,
            tr("This is the rule as saved at another seat. Redo your change "
               "if it is still needed."));
    }
}

void PayerRulesWidget::removeCurrent()
{
    if (!m_canWrite)
        return;
    if (m_loaded.id == 0) {
        m_feedback->showMessage(InlineMessage::Severity::Warning,
            tr("This rule is not saved, so there is nothing to delete. Choose "
               "a rule in the list first."));
        return;
    }
    const PayerRule doomed = m_loaded;
    QMessageBox box(QMessageBox::Warning, kTitle(),
        tr("Delete the payer rule “%1”?").arg(doomed.name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    box.setInformativeText(tr("Claims scrubbed from now on are no longer checked against it. To "
                              "stop applying it but keep it, clear Active and save instead."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;

    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    m_selfWrite = true;
    auto removed = m_rules.remove(m_session, doomed.id);
    m_selfWrite = false;
    if (!removed && removed.error().kind != Error::Kind::NotFound) {
        ui::showError(this, kTitle(), removed.error());
        return;
    }
    loadRule(PayerRule());
    reload();
    // Keyboard flow: the next rule takes the place of the one deleted.
    if (m_proxy->rowCount() > 0) {
        const QModelIndex next = m_proxy->index(qMin(row, m_proxy->rowCount() - 1), NameColumn);
        m_table->setCurrentIndex(next);
    }
    const QString text = removed ? tr("Deleted the payer rule “%1”.").arg(doomed.name)
                                 : removed.error().userMessage;
    m_listFeedback->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
}

void PayerRulesWidget::exportRules()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("payer-rules.json"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export payer rules"), suggested, tr("Payer rules (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PayerRulesWidget::importRules()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import payer rules"),
        QDir::homePath(), tr("Payer rules (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool PayerRulesWidget::exportTo(const QString &path)
{
    auto written = m_rules.exportToFile(m_session, path);
    if (!written) {
        m_listFeedback->showError(tr("Export payer rules"), written.error());
        return false;
    }
    const QString text = tr("Exported %n rule(s) to %1.", nullptr, written.value())
                             .arg(QDir::toNativeSeparators(path));
    m_listFeedback->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    return true;
}

bool PayerRulesWidget::importFrom(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    auto preview = m_rules.checkImport(m_session, path);
    if (!preview) {
        m_listFeedback->showError(tr("Import payer rules"), preview.error());
        return false;
    }
    const int total = preview->added + preview->updated;
    QStringList what;
    if (preview->added > 0)
        what.append(tr("%n rule(s) will be added.", nullptr, preview->added));
    if (preview->updated > 0)
        what.append(
            tr("%n rule(s) will replace the rule of the same name.", nullptr, preview->updated));
    what.append(tr("The rules are imported all together, or not at all."));
    QMessageBox box(QMessageBox::Question, tr("Import payer rules"),
        tr("Import %n payer rule(s) from %1?", nullptr, total).arg(fileName), QMessageBox::NoButton,
        this);
    box.setObjectName(QStringLiteral("confirmImportBox"));
    box.setInformativeText(what.join(QLatin1Char(' ')));
    QPushButton *import = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
    import->setObjectName(QStringLiteral("confirmImportButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelImportButton"));
    box.setDefaultButton(import);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != import)
        return false;

    m_selfWrite = true;
    auto done = m_rules.importFromFile(m_session, path);
    m_selfWrite = false;
    if (!done) {
        m_listFeedback->showError(tr("Import payer rules"), done.error());
        return false;
    }
    reload();
    const QString text = tr("Imported %1: %2 added, %3 replaced.")
                             .arg(fileName)
                             .arg(done->added)
                             .arg(done->updated);
    m_listFeedback->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    return true;
}

} // namespace cc
