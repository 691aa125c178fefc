package qbsim

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkCompanyRequest pushes message sets of 100 ItemServiceAdd through
// the company: the sync's bulk path (1,000 cost codes in <= 10 round trips).
func BenchmarkCompanyRequest(b *testing.B) {
	c, err := NewReferenceCompany()
	if err != nil {
		b.Fatal(err)
	}
	s, err := c.BeginSession()
	if err != nil {
		b.Fatal(err)
	}
	defer s.End()
	const perSet = 100
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var rq strings.Builder
		for j := 0; j < perSet; j++ {
			fmt.Fprintf(&rq, `<ItemServiceAddRq requestID="%d"><ItemServiceAdd><Name>B%d-%d</Name><SalesAndPurchase>`+
				`<SalesDesc>Bench</SalesDesc><IncomeAccountRef><FullName>Construction Income:Contract Revenue</FullName></IncomeAccountRef>`+
				`<PurchaseDesc>Bench</PurchaseDesc><ExpenseAccountRef><FullName>Job Costs:Subcontractors</FullName></ExpenseAccountRef>`+
				`</SalesAndPurchase></ItemServiceAdd></ItemServiceAddRq>`, j, i, j)
		}
		resp, err := s.ProcessRequest(context.Background(), msgSet("continueOnError", rq.String()))
		if err != nil {
			b.Fatal(err)
		}
		if strings.Contains(resp, `statusSeverity="Error"`) {
			b.Fatal("an add failed")
		}
	}
	b.ReportMetric(float64(b.N*perSet)/b.Elapsed().Seconds(), "requests/s")
}
