#include "demo/DemoRisks.h"

#include <QTimeZone>

namespace sd {
namespace {

struct Sample
{
    RiskKind kind;
    const char* title;
    const char* description;
    int probability;
    int impact;
    const char* owner;
    const char* mitigation;
    const char* contingency;
    int reviewInDays; // from today; negative: overdue
    RiskStatus status;
};

const Sample kSamples[] = {
    {RiskKind::ProductQuality, "新款洗衣机 XQB-80 排水泵批次故障", "同一批次排水泵返修率明显偏高，可能引发集中投诉和召回。", 4, 4, "zhang.min",
     "与质量部共同排查批次，备足排水泵备件，技术员上门时主动检查。", "批次确认后启动主动召回并电话回访全部购买客户。", 5, RiskStatus::Mitigating},
    {RiskKind::LegalDispute, "延保合同条款理解争议", "部分客户认为延保包含人为损坏，已有一位客户提出要诉诸消协。", 2, 4, "sun.hui",
     "法务审阅条款，客服统一解释口径，销售签约时当面说明。", "争议升级时由主管出面协商，必要时按法务意见补偿。", -3, RiskStatus::Open},
    {RiskKind::DataSecurity, "客户电话号码外泄", "外包坐席可导出客户清单，存在号码被转卖的风险。", 2, 5, "admin",
     "关闭批量导出，按角色限制客户资料可见范围，每月审计登录日志。", "发现外泄后通知受影响客户并上报监管部门。", 20, RiskStatus::Mitigating},
    {RiskKind::Logistics, "春节前配件物流停运", "春节前两周快递陆续停运，配件到货时间可能延长一周以上。", 5, 3, "chen.jie",
     "提前两周按去年用量备货常用配件。", "停运期间优先安排本地库存，必要时以整机更换代替维修。", 30, RiskStatus::Open},
    {RiskKind::Staffing, "旺季热线坐席不足", "空调旺季来电量翻倍，现有坐席无法保证接通率和 SLA。", 3, 3, "sun.hui",
     "提前培训兼职坐席，高峰时段安排加班。", "启用回呼队列，短信告知客户预计回电时间。", 45, RiskStatus::Open},
    {RiskKind::Other, "旧工单系统停机迁移", "旧系统停机期间历史工单无法查询。", 1, 2, "admin", "", "迁移期间保留只读副本。", 60, RiskStatus::Accepted},
    {RiskKind::ComplaintSurge, "双十一促销后投诉集中", "促销期间安装预约积压，投诉量在十一月中旬短暂上升。", 3, 2, "sun.hui",
     "增派安装人员并每日清理积压预约。", "向受影响客户赠送延保并回访。", -20, RiskStatus::Closed},
};

} // namespace

DemoRisks::DemoRisks(Workspace& workspace, qint64 actorId, qint64 now)
    : m_workspace(workspace)
    , m_actorId(actorId)
    , m_now(now)
{
}

Status DemoRisks::create()
{
    const QTimeZone zone(m_workspace.configuration().officeTimeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, zone.isValid() ? zone : QTimeZone::utc()).date();
    RiskRegister& risks = m_workspace.risks();
    for (const Sample& s : kSamples) {
        RiskDraft draft;
        draft.kind = s.kind;
        draft.title = QString::fromUtf8(s.title);
        draft.description = QString::fromUtf8(s.description);
        draft.probability = s.probability;
        draft.impact = s.impact;
        if (auto owner = m_workspace.users().byLogin(QString::fromLatin1(s.owner)); owner && owner->active)
            draft.ownerId = owner->id;
        draft.mitigation = QString::fromUtf8(s.mitigation);
        draft.contingency = QString::fromUtf8(s.contingency);
        draft.reviewOn = today.addDays(s.reviewInDays);
        auto risk = risks.create(draft, m_actorId);
        if (!risk)
            return fail(risk.error());
        if (s.status != RiskStatus::Open)
            if (auto moved = risks.setStatus(risk->id, risk->version, s.status, m_actorId); !moved)
                return fail(moved.error());
    }
    auto checked = m_workspace.riskAlerts().check(m_actorId);
    return checked ? Status() : fail(checked.error());
}

} // namespace sd
