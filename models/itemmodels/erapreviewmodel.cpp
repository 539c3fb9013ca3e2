// SPDX-License-Identifier: GPL-3.0-or-later
#include "erapreviewmodel.h"
#include "domain/money.h"
#include "domain/remitcodes.h"

#include <QColor>
#include <QLocale>
#include <QSet>

namespace cc {

namespace {

const QColor kErrorColor(0xb0, 0x00, 0x20);

QVariant money(qint64 cents, int role)
{
    if (role == Qt::DisplayRole)
        return Money::fromCents(cents).toDisplayString();
    if (role == EraPreviewModel::CentsRole)
        return cents;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool isMoney(EraPreviewModel::Column column)
{
    using C = EraPreviewModel::Column;
    return column == C::Charge || column == C::Allowed || column == C::Paid
            || column == C::PatientResponsibility || column == C::Adjusted || column == C::Denied;
}

QString adjustmentTooltip(const QList<PostedAdjustment> &adjustments)
{
    QStringList lines;
    for (const PostedAdjustment &a : adjustments) {
        //: "CO-45 $40.00: Contractual obligation — Charge exceeds the fee schedule"
        lines.append(EraPreviewModel::tr("%1-%2 %3: %4 — %5")
                             .arg(a.group, a.reason,
                                  Money::fromCents(a.amountCents).toDisplayString(),
                                  remitcodes::groupText(a.group),
                                  remitcodes::reasonText(a.reason)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

EraPreviewModel::EraPreviewModel(QObject *parent) : QAbstractItemModel(parent)
{
    rebuild();
}

void EraPreviewModel::setPreview(const EraPreview &preview)
{
    setTransactions(preview.transactions);
}

void EraPreviewModel::setTransactions(const QList<EraTransactionPreview> &transactions)
{
    beginResetModel();
    m_transactions = transactions;
    rebuild();
    endResetModel();
}

void EraPreviewModel::clear()
{
    setTransactions({});
}

void EraPreviewModel::rebuild()
{
    m_nodes.clear();
    m_nodes.append(Node{});
    for (int t = 0; t < m_transactions.size(); ++t) {
        const int tNode = int(m_nodes.size());
        m_nodes.append(Node{0, t, Level::Transaction, t, -1, -1, {}});
        m_nodes[0].children.append(tNode);
        const auto &claims = m_transactions.at(t).claims;
        for (int c = 0; c < claims.size(); ++c) {
            const int cNode = int(m_nodes.size());
            m_nodes.append(Node{tNode, c, Level::Claim, t, c, -1, {}});
            m_nodes[tNode].children.append(cNode);
            for (int l = 0; l < claims.at(c).lines.size(); ++l) {
                const int lNode = int(m_nodes.size());
                m_nodes.append(Node{cNode, l, Level::Line, t, c, l, {}});
                m_nodes[cNode].children.append(lNode);
            }
        }
    }
}

QString EraPreviewModel::headline() const
{
    QSet<QString> payers;
    int claims = 0;
    int unmatched = 0;
    qint64 paid = 0;
    for (const EraTransactionPreview &t : m_transactions) {
        payers.insert(t.payerIdentifier.isEmpty() ? t.payerName : t.payerIdentifier);
        paid += t.paymentCents;
        for (const EraClaimPreview &c : t.claims) {
            ++claims;
            if (c.claimId == 0)
                ++unmatched;
        }
    }
    const int payments = int(m_transactions.size());
    //: "3 payments from 2 payers, 41 claims, $12,345.67 paid, 2 not matched"; the parts
    //: are translated each with their plural
    return tr("%1 from %2, %3, %4 paid, %5 not matched")
            .arg(tr("%n payment(s)", nullptr, payments),
                 tr("%n payer(s)", nullptr, int(payers.size())), tr("%n claim(s)", nullptr, claims),
                 Money::fromCents(paid).toDisplayString(), QString::number(unmatched));
}

QString EraPreviewModel::adjustmentText(const QList<PostedAdjustment> &adjustments)
{
    QStringList parts;
    for (const PostedAdjustment &a : adjustments)
        parts.append(QStringLiteral("%1-%2 %3").arg(
                a.group, a.reason, Money::fromCents(a.amountCents).toDecimalString()));
    return parts.join(QStringLiteral("; "));
}

const EraPreviewModel::Node *EraPreviewModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = qsizetype(index.internalId());
    return id > 0 && id < m_nodes.size() ? &m_nodes.at(id) : nullptr;
}

const EraClaimPreview *EraPreviewModel::claimAt(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!n || n->level == Level::Transaction)
        return nullptr;
    return &m_transactions.at(n->transaction).claims.at(n->claim);
}

EraPreviewModel::Level EraPreviewModel::levelOf(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n ? n->level : Level::Transaction;
}

QModelIndex EraPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= int(Column::Count) || row < 0)
        return {};
    int p = 0;
    if (parent.isValid()) {
        if (!nodeOf(parent))
            return {};
        p = int(parent.internalId());
    }
    const auto &children = m_nodes.at(p).children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex EraPreviewModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || n->parent <= 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int EraPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.at(0).children.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = nodeOf(parent);
    return n ? int(n->children.size()) : 0;
}

int EraPreviewModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QVariant EraPreviewModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    if (role == LevelRole)
        return int(n->level);
    const auto column = Column(index.column());
    const EraTransactionPreview &t = m_transactions.at(n->transaction);
    switch (n->level) {
    case Level::Transaction:
        return transactionData(t, column, role);
    case Level::Claim:
        return claimData(t.claims.at(n->claim), column, role);
    case Level::Line: {
        const EraClaimPreview &c = t.claims.at(n->claim);
        return lineData(c, c.lines.at(n->line), column, role);
    }
    }
    return {};
}

QVariant EraPreviewModel::transactionData(const EraTransactionPreview &t, Column column,
                                          int role) const
{
    if (column == Column::Paid && role != Qt::ToolTipRole)
        return money(t.paymentCents, role);
    const bool duplicate = t.alreadyPostedAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Item:
            return t.payerName;
        case Column::Detail:
            //: payment method, trace or check number, payment date: "CHK 12345 · 11/20/26"
            return tr("%1 %2 · %3")
                    .arg(t.paymentMethod, t.traceNumber,
                         QLocale().toString(t.paymentDate, QLocale::ShortFormat));
        case Column::Status:
            if (duplicate)
                return tr("Already posted on %1")
                        .arg(QLocale().toString(t.alreadyPostedAt.toLocalTime(),
                                                QLocale::ShortFormat));
            return tr("%n claim(s)", nullptr, int(t.claims.size()));
        case Column::Adjustments: {
            QStringList parts;
            for (const ProviderAdjustmentRow &p : t.providerAdjustments)
                parts.append(QStringLiteral("PLB %1 %2").arg(
                        p.reason, Money::fromCents(p.amountCents).toDecimalString()));
            return parts.join(QStringLiteral("; "));
        }
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Item:
            return t.payerIdentifier.isEmpty()
                    ? t.payerName
                    : tr("%1 (payer id %2)").arg(t.payerName, t.payerIdentifier);
        case Column::Adjustments: {
            QStringList lines;
            for (const ProviderAdjustmentRow &p : t.providerAdjustments) {
                //: provider-level adjustment: reason, its text, amount, reference
                lines.append(tr("%1 %2: %3 (reference %4)")
                                     .arg(p.reason,
                                          p.reasonText.isEmpty()
                                                  ? remitcodes::providerAdjustmentText(p.reason)
                                                  : p.reasonText,
                                          Money::fromCents(p.amountCents).toDisplayString(),
                                          p.reference));
            }
            if (!lines.isEmpty())
                lines.append(tr("A positive amount reduced the payment; a negative one "
                                "increased it."));
            return lines.join(QLatin1Char('\n'));
        }
        case Column::Status:
            if (duplicate)
                return tr("The same payer, trace number and amount were posted before: this "
                          "payment is refused, not posted twice.");
            break;
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Column::Status && duplicate)
            return kErrorColor;
        break;
    case Qt::FontRole:
        break;
    default:
        break;
    }
    return {};
}

QVariant EraPreviewModel::claimData(const EraClaimPreview &c, Column column, int role) const
{
    if (role == ClaimIdRole)
        return c.claimId;
    if (role == MatchedRole)
        return c.claimId != 0;
    if (isMoney(column) && role != Qt::ToolTipRole && role != Qt::ForegroundRole) {
        switch (column) {
        case Column::Charge:
            return money(c.chargeCents, role);
        case Column::Paid:
            return money(c.paidCents, role);
        case Column::PatientResponsibility:
            return money(c.patientResponsibilityCents, role);
        case Column::Adjusted:
            return money(c.adjustedCents, role);
        case Column::Denied:
            return money(c.deniedCents, role);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Item:
            return c.patientControlNumber;
        case Column::Detail:
            return c.patientName;
        case Column::Status:
            return c.statusText.isEmpty() ? remitcodes::claimStatusText(c.status) : c.statusText;
        case Column::Match:
            return c.claimId != 0 ? tr("Matched") : tr("Not matched");
        case Column::Adjustments:
            return adjustmentText(c.adjustments);
        case Column::Remarks:
            return c.notes.join(QStringLiteral("; "));
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Item:
            if (!c.payerClaimNumber.isEmpty())
                return tr("Claim %1 · payer's claim number %2")
                        .arg(c.patientControlNumber, c.payerClaimNumber);
            break;
        case Column::Status:
            return tr("CLP02 %1").arg(c.status);
        case Column::Match:
            return c.claimId != 0
                    ? tr("Claim %1 is ours: the payment is posted to it.")
                              .arg(c.patientControlNumber)
                    : tr("No claim of ours has the number %1: it will wait under Unmatched "
                         "ERA for a biller to match it.")
                              .arg(c.patientControlNumber);
        case Column::Adjustments:
            return adjustmentTooltip(c.adjustments);
        case Column::Remarks:
            return c.notes.join(QLatin1Char('\n'));
        case Column::Denied:
            if (c.deniedCents > 0)
                return tr("Goes to the denial work list");
            break;
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if ((column == Column::Match && c.claimId == 0)
            || (column == Column::Status && c.denied)
            || (column == Column::Denied && c.deniedCents != 0))
            return kErrorColor;
        break;
    default:
        break;
    }
    return {};
}

QVariant EraPreviewModel::lineData(const EraClaimPreview &c, const EraLinePreview &l,
                                   Column column, int role) const
{
    if (role == ClaimIdRole)
        return c.claimId;
    if (role == MatchedRole)
        return l.claimLineId != 0;
    if (isMoney(column) && role != Qt::ToolTipRole && role != Qt::ForegroundRole) {
        switch (column) {
        case Column::Charge:
            return money(l.chargeCents, role);
        case Column::Allowed:
            return l.allowedCents >= 0 ? money(l.allowedCents, role) : QVariant();
        case Column::Paid:
            return money(l.paidCents, role);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Item:
            return l.code;
        case Column::Detail:
            return QLocale().toString(l.serviceDate, QLocale::ShortFormat);
        case Column::Status:
            return l.denied ? tr("Denied") : QString();
        case Column::Match:
            if (l.claimLineId == 0)
                return tr("Not matched");
            //: "Line 2 by REF*6R"
            return tr("Line %1 by %2").arg(QString::number(l.lineNumber), l.matchedBy);
        case Column::Adjustments:
            return adjustmentText(l.adjustments);
        case Column::Remarks:
            return l.remarks.join(QStringLiteral(", "));
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Adjustments:
            return adjustmentTooltip(l.adjustments);
        case Column::Remarks: {
            QStringList lines;
            for (const QString &r : l.remarks)
                lines.append(tr("%1: %2").arg(r, remitcodes::remarkText(r)));
            return lines.join(QLatin1Char('\n'));
        }
        case Column::Match:
            if (l.claimLineId == 0 && c.claimId != 0)
                return tr("No line of claim %1 has this code and date.")
                        .arg(c.patientControlNumber);
            break;
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if ((column == Column::Match && l.claimLineId == 0)
            || (column == Column::Status && l.denied))
            return kErrorColor;
        break;
    default:
        break;
    }
    return {};
}

QVariant EraPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Item:
            return tr("Payer / claim / code");
        case Column::Detail:
            return tr("Trace / patient / date");
        case Column::Status:
            return tr("Status");
        case Column::Charge:
            return tr("Charge");
        case Column::Allowed:
            return tr("Allowed");
        case Column::Paid:
            return tr("Paid");
        case Column::PatientResponsibility:
            return tr("Patient resp.");
        case Column::Adjusted:
            return tr("Adjusted");
        case Column::Denied:
            return tr("Denied");
        case Column::Match:
            return tr("Our claim / line");
        case Column::Adjustments:
            return tr("Adjustments");
        case Column::Remarks:
            return tr("Remarks / notes");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Item:
            return tr("The payer of a payment; the claim number (CLP01) of a claim; the "
                      "procedure code as the payer adjudicated it of a line");
        case Column::Detail:
            return tr("Method, trace number and date of a payment; the patient of a claim; the "
                      "date of service of a line");
        case Column::Status:
            return tr("What the payer did with the claim (CLP02)");
        case Column::Charge:
            return tr("What was billed");
        case Column::Allowed:
            return tr("What the payer allows for the line (AMT*B6)");
        case Column::Paid:
            return tr("What the payer paid");
        case Column::PatientResponsibility:
            return tr("Deductible, coinsurance and copay: moved to the patient's balance");
        case Column::Adjusted:
            return tr("Contractual and other adjustments the practice accepts");
        case Column::Denied:
            return tr("Amounts denied: they go to the denial work list");
        case Column::Match:
            return tr("The claim and line of ours the payment is posted to, and how the line "
                      "was matched");
        case Column::Adjustments:
            return tr("Adjustments: group (CO contractual, PR patient, OA other, PI payer), "
                      "reason code (CARC) and amount");
        case Column::Remarks:
            return tr("Remark codes (RARC) of a line; what posting will do for a claim");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && isMoney(column))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cc
