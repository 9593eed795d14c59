"""User story: a rep runs a customer-cluster event (a seminar for the labs of one city): the
invitee list with each one's status and main / backup list, the cost lines; sheet functions
give the invitation funnel, the cost per attendee and which backups to call."""
import unittest

from calc_helpers import OfficeTestCase, put

INVITEES = [("姓名", "名单", "状态"),
            ("王院长", "正式", "已确认"),
            ("李主任", "正式", "已到场"),
            ("张工", "正式", "已确认、婉拒"),
            ("赵科长", "正式", "已发邀请函"),
            ("钱老师", "备选", "已邀请"),
            ("孙博士", "备选", "已婉拒"),
            ("周工", "备选", "已邀请")]
COSTS = [("类别", "金额"), ("场地", 8000.0), ("人工", 3000.0), ("物料", 1500.0), ("交通", 2000.0), ("茶歇", 1500.0)]


class EventFunctionsTest(OfficeTestCase):
    def setUp(self):
        super().setUp()
        put(self.sheet, 0, 0, INVITEES)
        put(self.sheet, 4, 0, COSTS)

    def array(self, target, formula):
        area = self.sheet.getCellRangeByName(target)
        area.setArrayFormula(formula)
        self.doc.calculateAll()
        return area.getDataArray()

    def test_funnel_cost_and_backups(self):
        funnel = self.array("J1:M8", "=EVENT.FUNNEL(C1:C8)")           # the header row is skipped
        self.assertEqual(("Step", "Reached", "Conversion from previous step", "Share of invited"), funnel[0])
        self.assertEqual([7.0, 4.0, 3.0, 1.0, 1.0, 0.0], [r[1] for r in funnel[1:7]])
        self.assertAlmostEqual(3.0 / 4.0, funnel[3][2])                 # confirmed ÷ letter sent
        self.assertEqual(("Declined", 2.0), funnel[7][:2])
        cost = self.array("J11:K18", "=EVENT.COST(E:E;F:F;B20)")      # whole columns; attendees in B20
        self.sheet.getCellRangeByName("B20").setValue(20.0)
        self.doc.calculateAll()
        cost = self.sheet.getCellRangeByName("J11:K18").getDataArray()
        self.assertEqual(("Venue", 8000.0), cost[1])
        self.assertEqual(("Other", 1500.0), cost[5])                    # 茶歇 is none of the four
        self.assertEqual(("Total", 16000.0), cost[6])
        self.assertEqual(("Cost per attendee", 800.0), cost[7])
        # Headcount 4: two of the main list confirmed (张工 declined after confirming) → call two backups.
        backups = self.array("J20:J21", "=EVENT.BACKUPS(A2:A8;C2:C8;B2:B8;4)")
        self.assertEqual([("钱老师",), ("周工",)], list(backups))       # 孙博士 declined: skipped
        cell = self.sheet.getCellRangeByName("J23")
        cell.setFormula('=EVENT.FUNNEL(C2:C8;{"已邀请";"maybe"})')
        self.doc.calculateAll()
        self.assertNotEqual(0, cell.getError())                         # 已确认 is none of these steps


class ChineseEventFunctionsTest(OfficeTestCase):
    profile_name = "profile-zh-CN"
    ui_language = "zh-CN"

    def test_words_in_chinese(self):
        put(self.sheet, 0, 0, INVITEES)
        area = self.sheet.getCellRangeByName("J1:M8")
        area.setArrayFormula("=EVENT.FUNNEL(C2:C8)")
        self.doc.calculateAll()
        rows = area.getDataArray()
        self.assertEqual(["已邀请", "已发邀请函", "已确认", "最终确认", "已到场", "已反馈", "已婉拒"], [r[0] for r in rows[1:]])


if __name__ == "__main__":
    unittest.main(verbosity=2)
