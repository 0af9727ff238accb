/** Made-up resumes (no real person, no corpus text) for the analysis tests, one per kind of career. */
import type { ResumeSpec } from "./resume-builder";

export const ML_ENGINEER: ResumeSpec = {
  summary: "Machine learning engineer building, deploying and monitoring deep learning models in production.",
  links: [{ kind: "github", url: "github.com/alex-example" }],
  experience: [
    {
      title: "Senior Machine Learning Engineer",
      company: "Example Labs",
      start: "2022-01",
      end: "present",
      bullets: [
        "Trained PyTorch transformers for ranking, lifting click-through rate 12% across 40M daily sessions.",
        "Deployed models with Docker and Kubernetes behind FastAPI services, cutting p99 latency from 180 ms to 60 ms.",
        "Built MLflow experiment tracking and model monitoring, catching 9 drift incidents before customers noticed.",
        "Designed feature engineering pipelines in Spark and Airflow with pandas and NumPy, saving 20 hours a week.",
      ],
    },
    {
      title: "Machine Learning Engineer",
      company: "Sample Analytics",
      start: "2019-06",
      end: "2021-12",
      bullets: [
        "Shipped scikit-learn and XGBoost fraud models on AWS SageMaker, reducing chargebacks by $1.2M a year.",
        "Automated CI/CD for model deployment with GitHub Actions, taking releases from weekly to daily.",
        "Led model evaluation with A/B testing on 3 product surfaces, raising conversion 4%.",
      ],
    },
  ],
  projects: ["Fine-tuned large language models with Hugging Face for retrieval-augmented generation over 2M documents."],
  skills: [
    "Python", "SQL", "PyTorch", "TensorFlow", "scikit-learn", "MLOps", "Docker", "Kubernetes", "AWS", "Git",
    "Linear Algebra", "Probability", "Statistics", "Deep Learning", "Neural Networks", "CNNs", "Supervised Learning",
  ],
  education: [{ degree: "M.S. Computer Science", school: "Example University", end: "2019" }],
};

/** The same career written badly: duties, first person, no figures, skills only listed. */
export const WEAK_ML_ENGINEER: ResumeSpec = {
  experience: [
    {
      title: "Machine Learning Engineer",
      company: "Example Labs",
      start: "2017-01",
      end: "2019-06",
      bullets: [
        "Responsible for various machine learning tasks.",
        "I worked on models for my team.",
        "Helped with data things and so on.",
      ],
    },
  ],
  skills: ["Python", "PyTorch"],
};

export const SOFTWARE_ENGINEER: ResumeSpec = {
  links: [{ kind: "github", url: "github.com/alex-example" }],
  experience: [
    {
      title: "Senior Software Engineer",
      company: "Example Payments",
      start: "2021-03",
      end: "present",
      bullets: [
        "Built Java and Go microservices with REST APIs on AWS, serving 3M users a day.",
        "Designed distributed systems on Kafka and PostgreSQL, cutting checkout latency 35%.",
        "Set up CI/CD with Docker and Kubernetes, taking deploys from weekly to 20 a day.",
      ],
    },
    {
      title: "Software Engineer",
      company: "Sample Retail",
      start: "2017-07",
      end: "2021-02",
      bullets: ["Wrote TypeScript and React front ends and Python services with 90% test coverage.", "Led code review and system design for 6 engineers."],
    },
  ],
  skills: ["Java", "Go", "Python", "SQL", "TypeScript", "Docker", "Kubernetes", "AWS", "Git", "Redis", "PostgreSQL"],
  education: [{ degree: "B.S. Computer Science", school: "Example University", end: "2017" }],
};

export const DATA_SCIENTIST: ResumeSpec = {
  experience: [
    {
      title: "Senior Data Scientist",
      company: "Example Commerce",
      start: "2020-02",
      end: "present",
      bullets: [
        "Ran A/B testing and hypothesis testing for pricing, adding $4M in annual revenue.",
        "Built regression analysis and XGBoost churn models in Python with pandas, lifting retention 6%.",
        "Presented data visualization dashboards in Tableau to 5 executives each quarter.",
      ],
    },
    {
      title: "Data Analyst",
      company: "Sample Media",
      start: "2017-09",
      end: "2020-01",
      bullets: ["Wrote SQL and exploratory data analysis in Jupyter for 12 product teams."],
    },
  ],
  skills: ["Python", "R", "SQL", "pandas", "NumPy", "scikit-learn", "Statistics", "Probability", "Tableau", "Experimental Design"],
  education: [{ degree: "M.S. Statistics", school: "Example University", end: "2017" }],
};

export const DATA_ENGINEER: ResumeSpec = {
  experience: [
    {
      title: "Senior Data Engineer",
      company: "Example Logistics",
      start: "2019-05",
      end: "present",
      bullets: [
        "Built data pipelines in Spark and Airflow moving 8 TB a day into Snowflake.",
        "Designed data modeling and data warehousing with dbt for 30 analysts.",
        "Streamed events through Kafka with change data capture, cutting data freshness from 24 hours to 5 minutes.",
      ],
    },
    {
      title: "ETL Developer",
      company: "Sample Bank",
      start: "2016-01",
      end: "2019-04",
      bullets: ["Migrated 200 SQL jobs from Hadoop and Hive to Redshift on AWS."],
    },
  ],
  skills: ["SQL", "Python", "Scala", "Spark", "Airflow", "Kafka", "dbt", "Snowflake", "BigQuery", "AWS", "Git", "Terraform"],
  education: [{ degree: "B.S. Information Systems", school: "Example University", end: "2015" }],
};

export const RESEARCH_SCIENTIST: ResumeSpec = {
  experience: [
    {
      title: "Postdoctoral Researcher",
      company: "Example Institute of Physics",
      start: "2021-09",
      end: "present",
      bullets: [
        "Led research on numerical methods for differential equations, published in 4 peer-reviewed journals.",
        "Designed experimental design and statistical inference for 3 lab studies.",
        "Wrote scientific writing for 2 grant proposals and gave 6 conference presentations.",
      ],
    },
    {
      title: "PhD Researcher",
      company: "Example University",
      start: "2016-09",
      end: "2021-08",
      bullets: ["Developed mathematical modeling of signal processing in MATLAB and Python, with linear algebra and probability."],
    },
  ],
  skills: ["Python", "MATLAB", "C++", "LaTeX", "NumPy", "SciPy", "Linear Algebra", "Probability", "Statistics"],
  education: [{ degree: "Ph.D. Applied Mathematics", school: "Example University", end: "2021" }],
  extra: [{ kind: "publications", heading: "Publications", lines: ["A. Example et al., Fast solvers for stiff systems, Journal of Examples, 2023."] }],
};

export const STATISTICIAN: ResumeSpec = {
  experience: [
    {
      title: "Senior Biostatistician",
      company: "Example Pharma",
      start: "2018-04",
      end: "present",
      bullets: [
        "Led survival analysis and mixed models in SAS and R for 7 clinical trials.",
        "Designed sample size calculations and hypothesis testing plans accepted by 3 regulators.",
        "Built Bayesian methods for missing data, cutting reanalysis time 30%.",
      ],
    },
    {
      title: "Statistician",
      company: "Sample Health Agency",
      start: "2014-09",
      end: "2018-03",
      bullets: ["Produced regression analysis and data visualization reports for 20 public health studies."],
    },
  ],
  skills: ["SAS", "R", "SPSS", "Stata", "Statistics", "Statistical Inference", "Experimental Design", "Probability"],
  education: [{ degree: "M.S. Biostatistics", school: "Example University", end: "2014" }],
};

export const ACCOUNTANT: ResumeSpec = {
  experience: [
    {
      title: "Senior Accountant",
      company: "Example Holdings",
      start: "2016-01",
      end: "present",
      bullets: ["Closed the books monthly for 4 subsidiaries.", "Reconciled ledgers and prepared audit schedules."],
    },
  ],
  skills: ["GAAP", "QuickBooks", "Payroll", "Accounts Payable"],
  education: [{ degree: "B.A. Accounting", school: "Example College", end: "2015" }],
};

